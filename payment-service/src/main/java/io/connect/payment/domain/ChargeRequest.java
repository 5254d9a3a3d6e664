package io.connect.payment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The final amount of a session and the invoice lines that make it up (validated by the API layer). */
public record ChargeRequest(UUID sessionId, UUID userId, String invoiceId, BigDecimal amount, String currency,
                            String description, List<Line> lines) {

    public record Line(String description, BigDecimal amount) {
    }
}
