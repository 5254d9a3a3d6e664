package io.connect.billing.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/** What payment-service (and Stripe, when asked) holds per session: its answer to the reconciliation query. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentFacts(List<SessionPayments> sessions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionPayments(String sessionId, String userId, Hold hold, Charge charge, StripeFacts stripe) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hold(String paymentIntentId, BigDecimal amount, String status, BigDecimal capturedAmount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Charge(String invoiceId, BigDecimal amount, String status, BigDecimal capturedAmount,
                         BigDecimal remainderAmount, String remainderPaymentIntentId, boolean remainderPaid,
                         String stripeInvoiceId) {

        public boolean finished() {
            return "succeeded".equals(status) || "failed".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StripeFacts(BigDecimal holdAmountReceived, String remainderStatus,
                              BigDecimal remainderAmountReceived, List<String> otherChargedPaymentIntents,
                              List<StripeInvoice> invoices, boolean complete, Boolean customerKnown) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StripeInvoice(String id, String status, BigDecimal total) {
    }
}
