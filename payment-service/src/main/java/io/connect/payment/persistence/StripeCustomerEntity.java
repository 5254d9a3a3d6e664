package io.connect.payment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "stripe_customer")
public class StripeCustomerEntity {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "stripe_customer_id", nullable = false, unique = true)
    public String stripeCustomerId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
