package io.connect.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The part of billing.debt.opened.v1 / billing.debt.settled.v1 data payment-service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DebtEventData(@JsonProperty("debt_id") String debtId,
                            @JsonProperty("user_id") String userId,
                            @JsonProperty("session_id") String sessionId) {
}
