package io.connect.user.domain;

import io.connect.platform.api.PageRequest;
import io.connect.platform.errors.ApiException;
import io.connect.user.messaging.UserEventPublisher;
import io.connect.user.persistence.AppUser;
import io.connect.user.persistence.OpenDebt;
import io.connect.user.persistence.OpenDebtRepository;
import io.connect.user.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A partner's users. Every method is scoped by the partner id, so a user of another partner is simply not
 * found; each change writes its event in the same transaction.
 */
@ApplicationScoped
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    OpenDebtRepository debts;

    @Inject
    UserEventPublisher events;

    @Transactional
    public AppUser create(UUID partnerId, String email, String locale, String externalId) {
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.partnerId = partnerId;
        user.email = UserRules.email(email);
        user.locale = UserRules.locale(locale == null ? UserRules.DEFAULT_LOCALE : locale);
        user.externalId = UserRules.externalId(externalId);
        user.createdAt = now();
        user.updatedAt = user.createdAt;
        users.persist(user);
        events.created(user);
        return user;
    }

    @Transactional
    public long count(UUID partnerId, String search) {
        return users.searchLive(partnerId, search).count();
    }

    @Transactional
    public List<AppUser> list(UUID partnerId, String search, PageRequest page) {
        return users.searchLive(partnerId, search).page(page.index(), page.pageSize()).list();
    }

    @Transactional
    public AppUser get(UUID partnerId, String userId) {
        return live(partnerId, userId);
    }

    @Transactional
    public AppUser update(UUID partnerId, String userId, UserChanges changes) {
        AppUser user = live(partnerId, userId);
        String email = changes.emailSet() ? UserRules.email(changes.email()) : user.email;
        String locale = changes.localeSet() ? UserRules.locale(changes.locale()) : user.locale;
        String externalId = changes.externalIdSet() ? UserRules.externalId(changes.externalId()) : user.externalId;
        boolean changed = !Objects.equals(email, user.email) || !Objects.equals(locale, user.locale)
                || !Objects.equals(externalId, user.externalId);
        if (changed) {
            user.email = email;
            user.locale = locale;
            user.externalId = externalId;
            user.updatedAt = now();
            events.updated(user);
        }
        return user;
    }

    /** Soft delete: the row stays for compliance, the personal data goes. Refused while debts are open. */
    @Transactional
    public void delete(UUID partnerId, String userId) {
        AppUser user = live(partnerId, userId);
        List<OpenDebt> open = debts.listOfUser(user.id);
        if (!open.isEmpty()) {
            throw UnpaidDebts.refusal(open);
        }
        user.deletedAt = now();
        user.updatedAt = user.deletedAt;
        user.email = null;
        user.externalId = null;
        events.deleted(user);
    }

    /** Any user, deleted or not, of any partner: for the internal API only. */
    @Transactional
    public AppUser anyUser(String userId) {
        return Ids.parse(userId).map(id -> users.findById(id)).orElseThrow(() -> ApiException.notFound("User"));
    }

    private AppUser live(UUID partnerId, String userId) {
        return Ids.parse(userId).flatMap(id -> users.findLive(partnerId, id))
                .orElseThrow(() -> ApiException.notFound("User"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
