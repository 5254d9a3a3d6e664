package io.connect.payment.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data of payment.method.attached.v1 / payment.method.detached.v1. */
public record PaymentMethodEventData(
        @JsonProperty("user_id") String userId,
        @JsonProperty("payment_method_id") String paymentMethodId,
        String brand,
        String last4) {
}
