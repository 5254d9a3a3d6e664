package io.connect.billing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of payment-service's payment.intent.succeeded.v1 data billing reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentIntentData(String sessionId, String userId, String paymentIntentId, String amount,
                                String currency) {
}
