package io.connect.billing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What billing needs from the tariff snapshot taken at session start.
 *
 * @param ocpiTariffJson the CPO's OCPI tariff object as JSON (or null); the flat-rate engine ignores it, a
 *                       time-of-day engine (issue 4) reads its elements
 */
public record TariffSnapshot(String currency,
                             BigDecimal taxPercent,
                             boolean partner,
                             GrossPrices gross,
                             String ocpiTariffJson) {

    public TariffSnapshot {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(taxPercent, "tax_percent");
        Objects.requireNonNull(gross, "gross");
        if (taxPercent.signum() < 0) {
            throw new IllegalArgumentException("tax_percent must not be negative");
        }
    }
}
