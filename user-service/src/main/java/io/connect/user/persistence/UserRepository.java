package io.connect.user.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<AppUser, UUID> {

    /** A live (not deleted) user of this partner. */
    public Optional<AppUser> findLive(UUID partnerId, UUID userId) {
        return find("id = ?1 and partnerId = ?2 and deletedAt is null", userId, partnerId).firstResultOptional();
    }

    /**
     * The partner's live users, newest first; {@code search} matches a part of the id or of the external id,
     * case-insensitively (like DRF's SearchFilter).
     */
    public PanacheQuery<AppUser> searchLive(UUID partnerId, String search) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        if (search == null || search.isBlank()) {
            return find("partnerId = :p and deletedAt is null", newestFirst, Parameters.with("p", partnerId));
        }
        String pattern = "%" + escapeLike(search.trim().toLowerCase()) + "%";
        return find("partnerId = :p and deletedAt is null and (lower(cast(id as String)) like :q escape '\\' "
                        + "or lower(externalId) like :q escape '\\')", newestFirst,
                Parameters.with("p", partnerId).and("q", pattern));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
