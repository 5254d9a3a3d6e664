package io.connect.payment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A Stripe payment method attached to a user's customer; the id is Stripe's pm_... id. */
@Entity
@Table(name = "payment_method")
public class PaymentMethodEntity {

    @Id
    public String id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(nullable = false)
    public String type;

    public String brand;

    public String last4;

    @Column(name = "exp_month")
    public Integer expMonth;

    @Column(name = "exp_year")
    public Integer expYear;

    @Column(name = "cardholder_name")
    public String cardholderName;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "detached_at")
    public OffsetDateTime detachedAt;

    public boolean attached() {
        return detachedAt == null;
    }
}
