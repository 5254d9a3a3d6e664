package io.connect.user.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data of billing.debt.settled.v1. */
public record DebtSettledData(@JsonProperty("debt_id") String debtId,
                              @JsonProperty("user_id") String userId) {
}
