package io.connect.billing.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-checked time-window prices; times are local to Europe/Berlin, every component carries vat 19 unless noted. */
class TimeWindowTariffEngineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String ALL_DAYS = "\"day_of_week\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]";
    static final String SEED = tariff(
            element("ENERGY", "0.195", "{\"start_time\":\"00:00\",\"end_time\":\"01:00\"," + ALL_DAYS + "}"),
            element("ENERGY", "0.453", "{" + ALL_DAYS + "}"),
            element("PARKING_TIME", "4.02", null));

    private final TariffEngine engine = new TimeWindowTariffEngine();

    record Case(String name, String tariff, GrossPrices gross, String start, String kwh, long charging, long parking,
                String kwhCost, String time, String sessionFee, String blocking, String startingFee,
                String vat, String summary) {
        @Override
        public String toString() {
            return name;
        }
    }

    static GrossPrices seedGross() {
        return new GrossPrices(new BigDecimal("0.4530"), null, new BigDecimal("4.02"), null, null, 0, null);
    }

    static GrossPrices parking(int grace, String cap) {
        return new GrossPrices(null, null, new BigDecimal("4.02"), null, null, grace, cap == null ? null : new BigDecimal(cap));
    }

    static Stream<Case> cases() {
        GrossPrices g = seedGross();
        return Stream.of(
                // 10 × 0.453 × 1.19 = 5.3907 → 5.39; VAT 5.39 − 5.39/1.19 = 0.8606 → 0.86 (as the flat engine)
                new Case("seed 15:51 local, 10 kWh in 10 s", SEED, g, "2026-04-02T15:51:00", "10.000", 10, 0,
                        "5.39", "0.00", "0.00", "0.00", "0.00", "0.86", "5.39"),
                // 00:30–01:30, 10 kWh evenly: 5 × 0.195 + 5 × 0.453 = 0.975 + 2.265 = 3.24; × 1.19 = 3.8556 → 3.86
                // VAT 3.86 − 3.86/1.19 = 0.6163 → 0.62
                new Case("crossing 01:00", SEED, g, "2026-11-27T00:30:00", "10.000", 3600, 0,
                        "3.86", "0.00", "0.00", "0.00", "0.00", "0.62", "3.86"),
                // 23:00–07:00, 2 kWh/h: 22–06 night 14 kWh × 0.30 = 4.20, 06–07 2 kWh × 0.50 = 1.00; 5.20 × 1.19 = 6.188
                new Case("night window past midnight", tariff(
                        element("ENERGY", "0.30", "{\"start_time\":\"22:00\",\"end_time\":\"06:00\"}"),
                        element("ENERGY", "0.50", null)), g, "2026-11-26T23:00:00", "16.000", 8 * 3600, 0,
                        "6.19", "0.00", "0.00", "0.00", "0.00", "0.99", "6.19"),
                // Fri 27 Nov 23:00 – Sat 01:00: 5 kWh × 0.40 + 5 kWh × 0.60 = 5.00; × 1.19 = 5.95; VAT 0.95
                new Case("weekday then weekend", tariff(
                        element("ENERGY", "0.60", "{\"day_of_week\":[\"SATURDAY\",\"SUNDAY\"]}"),
                        element("ENERGY", "0.40", null)), g, "2026-11-27T23:00:00", "10.000", 7200, 0,
                        "5.95", "0.00", "0.00", "0.00", "0.00", "0.95", "5.95"),
                // 27 Nov 22:00 – 28 Nov 02:00, promotion until 28 Nov (exclusive): 4 × 0.20 + 4 × 0.40 = 2.40 × 1.19 = 2.856
                new Case("date range ends during the session", tariff(
                        element("ENERGY", "0.20", "{\"start_date\":\"2026-11-01\",\"end_date\":\"2026-11-28\"}"),
                        element("ENERGY", "0.40", null)), g, "2026-11-27T22:00:00", "8.000", 4 * 3600, 0,
                        "2.86", "0.00", "0.00", "0.00", "0.00", "0.46", "2.86"),
                // 3 h, 10 kWh/h: first 2 h 20 × 0.40 = 8.00, then 10 × 0.60 = 6.00; 14.00 × 1.19 = 16.66; VAT 2.66
                new Case("higher price after 2 h (min_duration)", tariff(
                        element("ENERGY", "0.60", "{\"min_duration\":7200}"),
                        element("ENERGY", "0.40", null)), g, "2026-11-27T12:00:00", "30.000", 3 * 3600, 0,
                        "16.66", "0.00", "0.00", "0.00", "0.00", "2.66", "16.66"),
                // 30 kWh: first 20 at 0.40 = 8.00, last 10 at 0.50 = 5.00; 13.00 × 1.19 = 15.47; VAT 2.47
                new Case("tier from 20 kWh (min_kwh)", tariff(
                        element("ENERGY", "0.50", "{\"min_kwh\":20}"),
                        element("ENERGY", "0.40", null)), g, "2026-11-27T12:00:00", "30.000", 3 * 3600, 0,
                        "15.47", "0.00", "0.00", "0.00", "0.00", "2.47", "15.47"),
                // 19:30–20:30: 0.5 h × 1.20 + 0.5 h × 0.60 = 0.90 × 1.19 = 1.071 → 1.07; VAT 0.17
                new Case("time price by day and evening", tariff(
                        element("TIME", "1.20", "{\"start_time\":\"08:00\",\"end_time\":\"20:00\"}"),
                        element("TIME", "0.60", null)), g, "2026-11-27T19:30:00", "0.000", 3600, 0,
                        "0.00", "1.07", "0.00", "0.00", "0.00", "0.17", "1.07"),
                // parking 2700 s − 15 min grace = 1800 s = 0.5 h × 4.02 = 2.01 × 1.19 = 2.3919 → 2.39; VAT 0.38
                new Case("parking after the grace period", SEED, parking(15, null), "2026-11-27T12:00:00", "0.000",
                        600, 2700, "0.00", "0.00", "0.00", "2.39", "0.00", "0.38", "2.39"),
                // 10 h × 4.02 = 40.20 net > cap 10.00 → 10.00 × 1.19 = 11.90; VAT 1.90
                new Case("parking capped", SEED, parking(0, "10.00"), "2026-11-27T12:00:00", "0.000",
                        0, 36000, "0.00", "0.00", "0.00", "11.90", "0.00", "1.90", "11.90"),
                // parking 19:30–20:30, only priced until 20:00: 0.5 h × 6.00 = 3.00 × 1.19 = 3.57; VAT 0.57
                new Case("parking priced in day hours only", tariff(
                        element("PARKING_TIME", "6.00", "{\"start_time\":\"08:00\",\"end_time\":\"20:00\"}")),
                        parking(0, null), "2026-11-27T19:00:00", "0.000", 1800, 3600,
                        "0.00", "0.00", "0.00", "3.57", "0.00", "0.57", "3.57"),
                // FLAT 1.00 once → 1.19; energy 5 × 0.30 = 1.50 × 1.19 = 1.785 → 1.79; 2.98, VAT 2.98 − 2.504 = 0.48
                new Case("flat fee once over many windows", tariff(
                        element("FLAT", "1.00", null), element("ENERGY", "0.30", null)), g,
                        "2026-11-27T23:00:00", "5.000", 3 * 3600, 0,
                        "1.79", "0.00", "1.19", "0.00", "0.00", "0.48", "2.98"),
                // the FLAT matching at the 05:30 start (2.00 → 2.38) is the only one, though 06:00 is crossed
                new Case("flat fee of the start window", tariff(
                        element("FLAT", "2.00", "{\"start_time\":\"00:00\",\"end_time\":\"06:00\"}"),
                        element("FLAT", "1.00", null)), g, "2026-11-27T05:30:00", "0.000", 3600, 0,
                        "0.00", "0.00", "2.38", "0.00", "0.00", "0.38", "2.38"),
                // no vat on the component: the snapshot's 19 %: 10 × 0.40 × 1.19 = 4.76; starting fee 0.50 × 1.19
                // = 0.595 → 0.60; 5.36, VAT 5.36 − 4.5042 = 0.8558 → 0.86
                new Case("component without vat, starting fee", "{\"elements\":[{\"price_components\":"
                        + "[{\"type\":\"ENERGY\",\"price\":0.40,\"step_size\":1}]}]}",
                        new GrossPrices(new BigDecimal("0.40"), null, null, null, new BigDecimal("0.50"), 0, null),
                        "2026-11-27T12:00:00", "10.000", 3600, 0,
                        "4.76", "0.00", "0.00", "0.00", "0.60", "0.86", "5.36"),
                // Spring forward 29 Mar 2026: 01:30 CET + 1 h real = 03:30 CEST; the 02:00–04:00 window starts
                // at 03:00 CEST after the gap → 01:30–03:00 (0.5 h real) at 0.40, 03:00–03:30 at 0.20:
                // 5 × 0.40 + 5 × 0.20 = 3.00 × 1.19 = 3.57
                new Case("DST gap", tariff(
                        element("ENERGY", "0.20", "{\"start_time\":\"02:00\",\"end_time\":\"04:00\"}"),
                        element("ENERGY", "0.40", null)), g, "2026-03-29T01:30:00", "10.000", 3600, 0,
                        "3.57", "0.00", "0.00", "0.00", "0.00", "0.57", "3.57"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prices_each_window(Case c) {
        SessionCost cost = engine.price(new TariffSnapshot("eur", new BigDecimal("19"), true, c.gross(), c.tariff()),
                usage(c.start(), c.kwh(), c.charging(), c.parking()));

        assertEquals(c.kwhCost(), cost.kwhCost().toPlainString(), "kwh_cost");
        assertEquals(c.time(), cost.timeCost().toPlainString(), "time_cost");
        assertEquals(c.sessionFee(), cost.sessionFeeCost().toPlainString(), "session_fee_cost");
        assertEquals(c.blocking(), cost.blockingFeeCost().toPlainString(), "blocking_fee_cost");
        assertEquals(c.startingFee(), cost.startingFeeCost().toPlainString(), "starting_fee_cost");
        assertEquals(c.vat(), cost.vat().toPlainString(), "invoice_vat");
        assertEquals(c.summary(), cost.summary().toPlainString(), "invoice_summary");
    }

    @Test
    void seed_costs_what_the_flat_engine_charges() {
        TariffSnapshot withTariff = new TariffSnapshot("eur", new BigDecimal("19"), true, seedGross(), SEED);
        SessionUsage seed = usage("2026-04-02T15:51:00", "10.000", 10, 0);
        assertEquals(new FlatRateTariffEngine().price(withTariff, seed), engine.price(withTariff, seed));
    }

    @Test
    void without_a_tariff_or_start_time_prices_flat() {
        FlatRateTariffEngine flat = new FlatRateTariffEngine();
        GrossPrices cheap = GrossPrices.energyOnly(new BigDecimal("0.10"));
        SessionUsage night = usage("2026-11-27T00:10:00", "10.000", 600, 0);
        for (String json : new String[]{null, "", "{\"elements\":[]}", "not json",
                tariff(element("ENERGY", "0.30", "{\"start_time\":\"25:00\"}"))}) {
            TariffSnapshot s = new TariffSnapshot("eur", new BigDecimal("19"), true, cheap, json);
            assertEquals(flat.price(s, night), engine.price(s, night), String.valueOf(json));
        }
        TariffSnapshot s = new TariffSnapshot("eur", new BigDecimal("19"), true, cheap, SEED);
        SessionUsage noStart = new SessionUsage(new BigDecimal("10.000"), 600, 0);
        assertEquals("1.19", engine.price(s, noStart).kwhCost().toPlainString()); // 10 × 0.10 × 1.19
    }

    static SessionUsage usage(String localStart, String kwh, long charging, long parking) {
        return new SessionUsage(new BigDecimal(kwh), charging, parking,
                LocalDateTime.parse(localStart).atZone(BERLIN).toInstant(), BERLIN);
    }

    static String tariff(String... elements) {
        return "{\"id\":\"T\",\"currency\":\"EUR\",\"elements\":[" + String.join(",", elements) + "]}";
    }

    static String element(String type, String price, String restrictions) {
        return "{\"price_components\":[{\"type\":\"" + type + "\",\"price\":" + price + ",\"vat\":19,\"step_size\":1}]"
                + (restrictions == null ? "" : ",\"restrictions\":" + restrictions) + "}";
    }
}
