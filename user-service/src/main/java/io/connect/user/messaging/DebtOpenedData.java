package io.connect.user.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** Data of billing.debt.opened.v1. */
public record DebtOpenedData(@JsonProperty("debt_id") String debtId,
                             @JsonProperty("user_id") String userId,
                             @JsonProperty("session_id") String sessionId,
                             BigDecimal amount,
                             String currency) {
}
