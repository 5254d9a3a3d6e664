package io.connect.payment.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The final charge of a session. {@code status} moves processing → paid | unpaid (money steps done) →
 * succeeded | failed (invoice recorded); every step is saved when done, so a retry resumes after it.
 */
@Entity
@Table(name = "session_charge")
public class SessionChargeEntity {

    public static final String PROCESSING = "processing";
    public static final String PAID = "paid";
    public static final String UNPAID = "unpaid";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "invoice_id")
    public String invoiceId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public String status;

    @Column(name = "captured_amount")
    public BigDecimal capturedAmount;

    @Column(name = "remainder_amount")
    public BigDecimal remainderAmount;

    @Column(name = "remainder_payment_intent_id")
    public String remainderPaymentIntentId;

    @Column(name = "remainder_client_secret")
    public String remainderClientSecret;

    /** When the user paid the remainder PaymentIntent on session (the debt), from payment_intent.succeeded. */
    @Column(name = "remainder_paid_at")
    public OffsetDateTime remainderPaidAt;

    @Column(name = "stripe_invoice_id")
    public String stripeInvoiceId;

    @Column(name = "hosted_invoice_url")
    public String hostedInvoiceUrl;

    @Column(name = "invoice_pdf")
    public String invoicePdf;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean finished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status);
    }
}
