package io.connect.station.domain;

import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;
import io.connect.ocpi.model.TariffRestrictions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Tariffs for the pricing tests, written as a CPO would send them. */
final class Tariffs {

    static final List<String> ALL_DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private Tariffs() {
    }

    static PriceComponent price(String type, String price) {
        return new PriceComponent(type, new BigDecimal(price), new BigDecimal("19"), 1);
    }

    static TariffRestrictions times(String start, String end, List<String> days) {
        return new TariffRestrictions(start, end, null, null, null, null, null, null, null, null, null, null, days, null);
    }

    static TariffRestrictions minDuration(int seconds) {
        return new TariffRestrictions(null, null, null, null, null, null, null, null, null, null, seconds, null, null, null);
    }

    static TariffElement element(TariffRestrictions r, PriceComponent... components) {
        return new TariffElement(List.of(components), r);
    }

    static Tariff tariff(String id, TariffElement... elements) {
        return new Tariff("DE", "CIQ", id, "EUR", "REGULAR", null, null, null, List.of(elements),
                Instant.parse("2025-12-17T00:00:00Z"), null, Instant.parse("2025-12-17T09:30:00Z"));
    }

    /** The seed station's tariff EVA-T2-22. */
    static Tariff seed() {
        return tariff("EVA-T2-22",
                element(times("00:00", "01:00", ALL_DAYS), price("ENERGY", "0.195")),
                element(times(null, null, ALL_DAYS), price("ENERGY", "0.453")),
                element(null, price("PARKING_TIME", "4.02")));
    }

    static PricingRules rules() {
        Tariff fallback = new Tariff("XX", "CON", "CONNECT-FALLBACK", "EUR", "AD_HOC_PAYMENT", null, null, null,
                List.of(element(null, price("ENERGY", "0.59"))), null, null, null);
        return new PricingRules(new BigDecimal("0.42"), new BigDecimal("19"), fallback);
    }

    static CpoProfile partner() {
        return new CpoProfile("sim", true, "+4971134214480", null, new BigDecimal("30.00"), null);
    }

    static CpoProfile nonPartner() {
        return new CpoProfile("other", false, null, null, new BigDecimal("30.00"), null);
    }
}
