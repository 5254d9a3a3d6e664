package io.connect.payment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The hold of one charging session (a manual-capture PaymentIntent). */
@Entity
@Table(name = "pre_authorization")
public class PreAuthorizationEntity {

    public static final String REQUIRES_CAPTURE = "requires_capture";
    public static final String REQUIRES_ACTION = "requires_action";
    public static final String FAILED = "failed";
    public static final String CAPTURED = "captured";
    public static final String RELEASED = "released";

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "payment_method_id", nullable = false)
    public String paymentMethodId;

    @Column(name = "payment_intent_id")
    public String paymentIntentId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public String status;

    @Column(name = "captured_amount")
    public BigDecimal capturedAmount;

    @Column(name = "client_secret")
    public String clientSecret;

    @Column(name = "failure_message")
    public String failureMessage;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
