package io.connect.station.client;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** How the last pull from one CPO went (served at /internal/v1/sync-status). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SyncState(String cpo, String state, Instant lastStartedAt, Instant lastFinishedAt,
                        Instant lastSuccessStartedAt, String lastError, int locations, int tariffs, int pages,
                        int skipped) {

    public static SyncState never(String cpo) {
        return new SyncState(cpo, "NEVER", null, null, null, null, 0, 0, 0, 0);
    }
}
