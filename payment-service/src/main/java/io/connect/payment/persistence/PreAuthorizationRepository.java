package io.connect.payment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PreAuthorizationRepository implements PanacheRepositoryBase<PreAuthorizationEntity, UUID> {

    /** Whether this user's payment method backs a hold whose money Stripe still holds. */
    public boolean backsAHeldHold(UUID userId, String paymentMethodId) {
        return count("userId = ?1 and paymentMethodId = ?2 and status = ?3", userId, paymentMethodId,
                PreAuthorizationEntity.REQUIRES_CAPTURE) > 0;
    }
}
