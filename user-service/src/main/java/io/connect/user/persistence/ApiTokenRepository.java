package io.connect.user.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    public Optional<ApiToken> findActiveByHash(String tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
    }

    public Optional<ApiToken> findOfPartner(UUID partnerId, UUID tokenId) {
        return find("id = ?1 and partnerId = ?2", tokenId, partnerId).firstResultOptional();
    }

    public List<ApiToken> listOfPartners(List<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return list("partnerId in ?1", Sort.by("createdAt"), partnerIds);
    }
}
