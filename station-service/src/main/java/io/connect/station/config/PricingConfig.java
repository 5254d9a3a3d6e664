package io.connect.station.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.Optional;

/** {@code connect.pricing.*}: Cariqa's own fee, default VAT and the fallback tariff. */
@ConfigMapping(prefix = "connect.pricing")
public interface PricingConfig {

    /** Excl. VAT, applied at non-partner stations only. */
    Optional<BigDecimal> startingFee();

    @WithDefault("19")
    BigDecimal defaultTaxPercent();

    FallbackTariff fallbackTariff();

    interface FallbackTariff {
        @WithDefault("EUR")
        String currency();

        @WithDefault("0.59")
        BigDecimal energyPerKwh();

        Optional<BigDecimal> timePerHour();

        Optional<BigDecimal> parkingPerHour();

        Optional<BigDecimal> flat();

        @WithDefault("19")
        BigDecimal vat();
    }
}
