package io.connect.payment.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /internal/v1/reconciliation/payments}: the sessions billing invoiced, plus every session charged in
 * [{@code charged_from}, {@code charged_until}) (of {@code user_id} when given); {@code stripe} adds what Stripe holds.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReconciliationQuery(@Size(max = 10_000) List<@NotNull UUID> sessionIds,
                                  @NotNull OffsetDateTime chargedFrom,
                                  @NotNull OffsetDateTime chargedUntil,
                                  UUID userId,
                                  boolean stripe) {
}
