package io.connect.billing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A PaymentIntent payment-service reported paid before billing knew a debt for it. */
@Entity
@Table(name = "paid_intent")
public class PaidIntent extends PanacheEntityBase {

    @Id
    @Column(name = "payment_intent_id")
    public String paymentIntentId;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public static void remember(String paymentIntentId, UUID sessionId) {
        if (findById(paymentIntentId) == null) {
            PaidIntent paid = new PaidIntent();
            paid.paymentIntentId = paymentIntentId;
            paid.sessionId = sessionId;
            paid.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
            paid.persist();
        }
    }

    public static boolean known(String paymentIntentId) {
        return paymentIntentId != null && findById(paymentIntentId) != null;
    }
}
