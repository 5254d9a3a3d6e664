package io.connect.billing.client;

import java.util.List;

/** Body of payment-service's {@code POST /internal/v1/charges}; amounts as strings with two decimals. */
public record ChargeRequest(String sessionId, String userId, String invoiceId, String amount, String currency,
                            String description, List<Line> lines) {

    public record Line(String description, String amount) {
    }
}
