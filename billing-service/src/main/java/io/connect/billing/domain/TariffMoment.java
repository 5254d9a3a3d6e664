package io.connect.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The state of a session at one point in time, as OCPI restrictions see it.
 *
 * @param local            wall-clock time at the station
 * @param secondsSinceStart for min/max_duration
 * @param kwhSoFar         energy delivered up to this point, for min/max_kwh
 * @param averagePowerKw   the session's average charging power (null: unknown), for min/max_power
 */
public record TariffMoment(LocalDateTime local, BigDecimal secondsSinceStart, BigDecimal kwhSoFar,
                           BigDecimal averagePowerKw) {
}
