package io.connect.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The part of user.*.v1 data payment-service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserEventData(@JsonProperty("user_id") String userId, @JsonProperty("partner_id") String partnerId) {
}
