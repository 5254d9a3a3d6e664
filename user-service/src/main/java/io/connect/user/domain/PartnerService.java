package io.connect.user.domain;

import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.connect.user.persistence.ApiToken;
import io.connect.user.persistence.ApiTokenRepository;
import io.connect.user.persistence.Partner;
import io.connect.user.persistence.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Partners and their tokens (the admin API). Plain tokens leave this class only in the creation answer. */
@ApplicationScoped
public class PartnerService {

    private static final Logger LOG = Logger.getLogger(PartnerService.class);
    static final int NAME_MAX = 100;

    @Inject
    PartnerRepository partners;

    @Inject
    ApiTokenRepository tokens;

    /** A token as issued: {@code plainToken} is shown once and never stored. */
    public record IssuedToken(ApiToken token, String plainToken) {
    }

    /** A new partner with its first token, shown once. */
    public record NewPartner(Partner partner, String plainToken) {
    }

    public record PartnerWithTokens(Partner partner, List<ApiToken> tokens) {
    }

    @Transactional
    public NewPartner create(String rawName) {
        String name = validName(rawName);
        if (partners.findByName(name).isPresent()) {
            throw duplicate(name);
        }
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.name = name;
        partner.createdAt = now();
        try {
            partners.persistAndFlush(partner);
        } catch (PersistenceException e) {
            // Two admins racing for the same name: the unique index decides.
            throw duplicate(name);
        }
        IssuedToken issued = issue(partner.id);
        LOG.infof("partner %s (%s) created", partner.id, name);
        return new NewPartner(partner, issued.plainToken());
    }

    @Transactional
    public List<PartnerWithTokens> list() {
        List<Partner> all = partners.listByCreation();
        Map<UUID, List<ApiToken>> byPartner = tokens.listOfPartners(all.stream().map(p -> p.id).toList())
                .stream().collect(Collectors.groupingBy(t -> t.partnerId));
        return all.stream().map(p -> new PartnerWithTokens(p, byPartner.getOrDefault(p.id, List.of()))).toList();
    }

    @Transactional
    public IssuedToken issueToken(String partnerIdText) {
        UUID partnerId = existingPartner(partnerIdText).id;
        IssuedToken issued = issue(partnerId);
        LOG.infof("token %s issued for partner %s", issued.token().id, partnerId);
        return issued;
    }

    /** Revoking twice is not an error: the token stays revoked. */
    @Transactional
    public void revokeToken(String partnerIdText, String tokenIdText) {
        Partner partner = existingPartner(partnerIdText);
        ApiToken token = Ids.parse(tokenIdText)
                .flatMap(id -> tokens.findOfPartner(partner.id, id))
                .orElseThrow(() -> ApiException.notFound("Token"));
        if (token.revokedAt == null) {
            token.revokedAt = now();
            LOG.infof("token %s of partner %s revoked", token.id, partner.id);
        }
    }

    private IssuedToken issue(UUID partnerId) {
        String plain = ApiTokens.newToken();
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.partnerId = partnerId;
        token.tokenHash = ApiTokens.hash(plain);
        token.tokenPrefix = ApiTokens.displayPrefix(plain);
        token.createdAt = now();
        tokens.persist(token);
        return new IssuedToken(token, plain);
    }

    private Partner existingPartner(String partnerIdText) {
        return Ids.parse(partnerIdText)
                .map(id -> partners.findById(id))
                .orElseThrow(() -> ApiException.notFound("Partner"));
    }

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw ApiException.validation("name", "this field is required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw ApiException.validation("name", "must have at most " + NAME_MAX + " characters");
        }
        return trimmed;
    }

    private static ApiException duplicate(String name) {
        return new ApiException(409, "Partner already exists.", ErrorType.VALIDATION_ERROR,
                "name: a partner named '" + name + "' already exists");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
