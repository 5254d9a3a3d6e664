package io.connect.billing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The measured facts of a completed session (from the CDR): energy in kWh and durations in seconds. */
public record SessionUsage(BigDecimal energyKwh, long chargingSeconds, long parkingSeconds) {

    public SessionUsage {
        Objects.requireNonNull(energyKwh, "consumed_energy");
        if (energyKwh.signum() < 0 || chargingSeconds < 0 || parkingSeconds < 0) {
            throw new IllegalArgumentException("energy and durations must not be negative");
        }
    }
}
