package io.connect.station.domain;

import io.connect.ocpi.model.Tariff;

import java.math.BigDecimal;

/**
 * Connect-wide pricing settings: Cariqa's starting fee (excl. VAT, non-partner stations only; null for none),
 * the VAT used when a price component has none, and the tariff shown when a CPO published none.
 */
public record PricingRules(BigDecimal startingFee, BigDecimal defaultTaxPercent, Tariff fallbackTariff) {
}
