package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.payment.domain.Money;
import io.connect.payment.persistence.SessionChargeEntity;

/** The result of a session's charge; the PaymentIntent fields name what the user must confirm when it failed. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChargeView(String status,
                         @JsonProperty("captured_amount") String capturedAmount,
                         @JsonProperty("remainder_amount") String remainderAmount,
                         @JsonProperty("stripe_invoice_id") String stripeInvoiceId,
                         @JsonProperty("hosted_invoice_url") String hostedInvoiceUrl,
                         @JsonProperty("invoice_pdf") String invoicePdf,
                         @JsonProperty("payment_intent_id") String paymentIntentId,
                         @JsonProperty("payment_intent_client_secret") String paymentIntentClientSecret) {

    static ChargeView of(SessionChargeEntity charge) {
        return new ChargeView(charge.status, Money.format(charge.capturedAmount), Money.format(charge.remainderAmount),
                charge.stripeInvoiceId, charge.hostedInvoiceUrl, charge.invoicePdf,
                charge.remainderPaymentIntentId, charge.remainderClientSecret);
    }
}
