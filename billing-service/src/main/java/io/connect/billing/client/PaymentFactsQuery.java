package io.connect.billing.client;

import java.time.OffsetDateTime;
import java.util.List;

/** Body of payment-service's {@code POST /internal/v1/reconciliation/payments}. */
public record PaymentFactsQuery(List<String> sessionIds, OffsetDateTime chargedFrom, OffsetDateTime chargedUntil,
                                String userId, boolean stripe) {
}
