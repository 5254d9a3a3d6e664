package io.connect.payment.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionChargeRepository implements PanacheRepositoryBase<SessionChargeEntity, UUID> {

    public Optional<SessionChargeEntity> byRemainderIntent(String paymentIntentId) {
        return find("remainderPaymentIntentId", paymentIntentId).firstResultOptional();
    }
}
