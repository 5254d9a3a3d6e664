package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** What payment-service (and, when asked, Stripe) holds for one session; amounts as "12.34". */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SessionPaymentsView(String sessionId, String userId, Hold hold, Charge charge, StripeFacts stripe) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Hold(String paymentIntentId, String amount, String status, String capturedAmount) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Charge(String invoiceId, String amount, String status, String capturedAmount,
                         String remainderAmount, String remainderPaymentIntentId, boolean remainderPaid,
                         String stripeInvoiceId) {
    }

    /**
     * Stripe's side: money received on the hold and the remainder, PaymentIntents of the session that received
     * money but are neither, and the session's invoices that are not void. {@code complete} is false when the
     * customer had more than one page of objects (then some may be missing here); {@code customer_known} is false
     * when Stripe does not know the user's customer at all.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StripeFacts(String holdAmountReceived, String remainderStatus, String remainderAmountReceived,
                              List<String> otherChargedPaymentIntents, List<StripeInvoice> invoices,
                              boolean complete, boolean customerKnown) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StripeInvoice(String id, String status, String total) {
    }
}
