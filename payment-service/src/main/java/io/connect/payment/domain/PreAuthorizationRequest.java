package io.connect.payment.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A hold to place for a charging session (already validated by the API layer). */
public record PreAuthorizationRequest(UUID sessionId, UUID userId, String paymentMethodId, BigDecimal amount,
                                      String currency) {
}
