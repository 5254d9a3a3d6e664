package io.connect.station.messaging;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** Data of {@code station.evse.status-changed.v1} (architecture.md §5). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvseStatusChanged(String stationId, String evseId, String status, String previousStatus,
                                Instant changedAt) {
}
