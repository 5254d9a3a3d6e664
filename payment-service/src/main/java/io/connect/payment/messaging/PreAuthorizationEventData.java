package io.connect.payment.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data of payment.preauthorization.created.v1 / payment.preauthorization.released.v1 (amount "30.00"). */
public record PreAuthorizationEventData(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("payment_intent_id") String paymentIntentId,
        String amount,
        String currency) {
}
