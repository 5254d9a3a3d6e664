package io.connect.payment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentMethodRepository implements PanacheRepositoryBase<PaymentMethodEntity, String> {

    /** Only ever looked up together with its owner, so one user can never reach another user's method. */
    public Optional<PaymentMethodEntity> findAttached(UUID userId, String paymentMethodId) {
        return find("id = ?1 and userId = ?2 and detachedAt is null", paymentMethodId, userId).firstResultOptional();
    }

    public PanacheQuery<PaymentMethodEntity> attachedOf(UUID userId) {
        return find("userId = ?1 and detachedAt is null",
                Sort.descending("isDefault").and("createdAt", Sort.Direction.Descending).and("id"), userId);
    }

    public long countAttached(UUID userId) {
        return count("userId = ?1 and detachedAt is null", userId);
    }

    public Optional<PaymentMethodEntity> newestAttached(UUID userId) {
        return find("userId = ?1 and detachedAt is null",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId).firstResultOptional();
    }

    /** Clears the old default before the new one is set (the partial unique index allows one per user). */
    public void makeDefault(UUID userId, String paymentMethodId) {
        update("isDefault = false where userId = ?1 and id <> ?2 and isDefault = true", userId, paymentMethodId);
        update("isDefault = true where userId = ?1 and id = ?2", userId, paymentMethodId);
    }
}
