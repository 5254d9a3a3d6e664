package io.connect.billing.domain;

import java.math.BigDecimal;

/**
 * The operator's prices without VAT, at full precision, as the tariff snapshot carried them (§6 of
 * docs/architecture.md). A null component does not apply at this station.
 *
 * @param blockingCap upper bound of the blocking fee, without VAT like the other components
 */
public record GrossPrices(BigDecimal energyPerKwh,
                          BigDecimal timePerHour,
                          BigDecimal parkingPerHour,
                          BigDecimal flat,
                          BigDecimal startingFee,
                          int gracePeriodMinutes,
                          BigDecimal blockingCap) {

    public GrossPrices {
        if (gracePeriodMinutes < 0) {
            throw new IllegalArgumentException("grace_period_minutes must not be negative");
        }
        requireNotNegative("energy_per_kwh", energyPerKwh);
        requireNotNegative("time_per_hour", timePerHour);
        requireNotNegative("parking_per_hour", parkingPerHour);
        requireNotNegative("flat", flat);
        requireNotNegative("starting_fee", startingFee);
        requireNotNegative("blocking_cap", blockingCap);
    }

    public static GrossPrices energyOnly(BigDecimal energyPerKwh) {
        return new GrossPrices(energyPerKwh, null, null, null, null, 0, null);
    }

    private static void requireNotNegative(String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
