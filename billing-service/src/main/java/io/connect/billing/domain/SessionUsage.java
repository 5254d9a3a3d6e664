package io.connect.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The measured facts of a completed session (from the CDR): energy in kWh and durations in seconds.
 * Charging is taken to come first, parking after it.
 *
 * @param startTime when the session started (null: unknown, the session can only be priced flat)
 * @param zone      the station's time zone, for time-of-day and weekday restrictions
 */
public record SessionUsage(BigDecimal energyKwh, long chargingSeconds, long parkingSeconds,
                           Instant startTime, ZoneId zone) {

    /** Used when a station's zone is unknown (the tariff snapshot and the completed event carry none yet). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    public SessionUsage {
        Objects.requireNonNull(energyKwh, "consumed_energy");
        if (energyKwh.signum() < 0 || chargingSeconds < 0 || parkingSeconds < 0) {
            throw new IllegalArgumentException("energy and durations must not be negative");
        }
        zone = zone == null ? DEFAULT_ZONE : zone;
    }

    public SessionUsage(BigDecimal energyKwh, long chargingSeconds, long parkingSeconds) {
        this(energyKwh, chargingSeconds, parkingSeconds, null, null);
    }
}
