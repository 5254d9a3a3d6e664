package io.connect.payment.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data of payment.intent.succeeded.v1 / payment.intent.failed.v1: a session's remainder (debt) PaymentIntent. */
public record PaymentIntentEventData(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("payment_intent_id") String paymentIntentId,
        String amount,
        String currency) {
}
