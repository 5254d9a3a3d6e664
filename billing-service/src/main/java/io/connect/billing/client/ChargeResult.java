package io.connect.billing.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** Answer of {@code POST /internal/v1/charges}: status {@code succeeded} or {@code failed}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChargeResult(String status,
                           BigDecimal capturedAmount,
                           BigDecimal remainderAmount,
                           String stripeInvoiceId,
                           String hostedInvoiceUrl,
                           String invoicePdf,
                           String paymentIntentId,
                           String paymentIntentClientSecret) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }
}
