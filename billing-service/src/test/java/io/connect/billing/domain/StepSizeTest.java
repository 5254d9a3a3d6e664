package io.connect.billing.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static io.connect.billing.domain.TimeWindowTariffEngineTest.ALL_DAYS;
import static io.connect.billing.domain.TimeWindowTariffEngineTest.tariff;
import static io.connect.billing.domain.TimeWindowTariffEngineTest.usage;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * OCPI 2.2.1 step_size, hand-checked: the billed total of a dimension is rounded up to whole steps of the last
 * component that priced it (ENERGY in Wh; TIME and PARKING_TIME together in seconds, only parking when both were
 * billed). Local times in Europe/Berlin; every component carries vat 19.
 */
class StepSizeTest {

    private final TariffEngine engine = new TimeWindowTariffEngine();

    record Case(String name, String tariff, GrossPrices gross, String start, String kwh, long charging, long parking,
                String kwhCost, String time, String blocking, String vat, String summary) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        GrossPrices none = new GrossPrices(null, null, null, null, null, 0, null);
        return Stream.of(
                // 300 s steps, 61 s parked → 300 s: 300/3600 × 4.02 × 1.19 = 0.39865 → 0.40 (0.08 without steps);
                // VAT 0.40 − 0.40/1.19 = 0.0639 → 0.06
                new Case("parking 61 s in 300 s steps", tariff(element("PARKING_TIME", "4.02", 300, null)), none,
                        "2026-11-27T12:00:00", "0.000", 600, 61, "0.00", "0.00", "0.40", "0.06", "0.40"),
                // 1 Wh steps change nothing: 12.345 × 0.40 × 1.19 = 5.87622 → 5.88; VAT 5.88 − 4.9412 = 0.94
                new Case("1 Wh steps", tariff(element("ENERGY", "0.40", 1, null)), none,
                        "2026-11-27T12:00:00", "12.345", 3600, 0, "5.88", "0.00", "0.00", "0.94", "5.88"),
                // 1000 Wh steps on 12.3 kWh → 13 kWh: 13 × 0.476 = 6.188 → 6.19 (5.85 without); VAT 6.19 − 5.2017 = 0.99
                new Case("12.3 kWh in 1000 Wh steps", tariff(element("ENERGY", "0.40", 1000, null)), none,
                        "2026-11-27T12:00:00", "12.300", 3600, 0, "6.19", "0.00", "0.00", "0.99", "6.19"),
                // a whole number of steps stays: 12 kWh × 0.476 = 5.712 → 5.71; VAT 5.71 − 4.7983 = 0.91
                new Case("12 kWh in 1000 Wh steps", tariff(element("ENERGY", "0.40", 1000, null)), none,
                        "2026-11-27T12:00:00", "12.000", 3600, 0, "5.71", "0.00", "0.00", "0.91", "5.71"),
                // 00:30–01:30, 9.5 kWh evenly: 4.75 at 0.195 then 4.75 at 0.453 whose step (1000 Wh) rounds the
                // session's 9.5 kWh to 10; the extra 0.5 kWh at 0.453: 0.92625 + 5.25 × 0.453 = 3.3045 × 1.19
                // = 3.932355 → 3.93; VAT 3.93 − 3.3025 = 0.6275 → 0.63
                new Case("the later period's step rounds the session total", tariff(
                        element("ENERGY", "0.195", 1, "{\"start_time\":\"00:00\",\"end_time\":\"01:00\"," + ALL_DAYS + "}"),
                        element("ENERGY", "0.453", 1000, null)), none,
                        "2026-11-27T00:30:00", "9.500", 3600, 0, "3.93", "0.00", "0.00", "0.63", "3.93"),
                // the same session the other way round: the last component has 1 Wh steps, the earlier step is
                // not applied (no rounding when switching elements): 4.75 × (0.195 + 0.453) = 3.078 × 1.19
                // = 3.66282 → 3.66; VAT 3.66 − 3.0756 = 0.5844 → 0.58
                new Case("an earlier period's step is not applied", tariff(
                        element("ENERGY", "0.195", 1000, "{\"start_time\":\"00:00\",\"end_time\":\"01:00\"," + ALL_DAYS + "}"),
                        element("ENERGY", "0.453", 1, null)), none,
                        "2026-11-27T00:30:00", "9.500", 3600, 0, "3.66", "0.00", "0.00", "0.58", "3.66"),
                // TIME alone in 900 s steps: 1000 s → 1800 s: 0.5 h × 1.20 × 1.19 = 0.714 → 0.71; VAT 0.11
                new Case("charging time in 15 min steps", tariff(element("TIME", "1.20", 900, null)), none,
                        "2026-11-27T12:00:00", "0.000", 1000, 0, "0.00", "0.71", "0.00", "0.11", "0.71"),
                // TIME and PARKING_TIME both billed: only parking is rounded. Time 1000 s × 1.20 × 1.19 / 3600
                // = 0.39667 → 0.40; parking 100 s → 300 s: 300 × 6.00 × 1.19 / 3600 = 0.595 → 0.60;
                // 1.00, VAT 1.00 − 0.8403 = 0.16
                new Case("time and parking: only parking is rounded", tariff(
                        element("TIME", "1.20", 900, null), element("PARKING_TIME", "6.00", 300, null)), none,
                        "2026-11-27T12:00:00", "0.000", 1000, 100, "0.00", "0.40", "0.60", "0.16", "1.00"),
                // the cap still bounds the rounded parking: 61 s → 3600 s × 4.02 = 4.02 net > cap 1.00 → 1.19
                new Case("rounded parking is still capped", tariff(element("PARKING_TIME", "4.02", 3600, null)),
                        new GrossPrices(null, null, new BigDecimal("4.02"), null, null, 0, new BigDecimal("1.00")),
                        "2026-11-27T12:00:00", "0.000", 600, 61, "0.00", "0.00", "1.19", "0.19", "1.19"),
                // parking inside the grace period is not billed, so there is nothing to round: 0.00
                new Case("parking within the grace period", tariff(element("PARKING_TIME", "4.02", 300, null)),
                        new GrossPrices(null, null, new BigDecimal("4.02"), null, null, 5, null),
                        "2026-11-27T12:00:00", "0.000", 600, 61, "0.00", "0.00", "0.00", "0.00", "0.00"),
                // grace 1 min, parked 61 s → 1 s billed → one 300 s step: 0.40 as in the first case
                new Case("one second after the grace period", tariff(element("PARKING_TIME", "4.02", 300, null)),
                        new GrossPrices(null, null, new BigDecimal("4.02"), null, null, 1, null),
                        "2026-11-27T12:00:00", "0.000", 600, 61, "0.00", "0.00", "0.40", "0.06", "0.40"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rounds_up_to_whole_steps(Case c) {
        SessionCost cost = engine.price(new TariffSnapshot("eur", new BigDecimal("19"), true, c.gross(), c.tariff()),
                usage(c.start(), c.kwh(), c.charging(), c.parking()));

        assertEquals(c.kwhCost(), cost.kwhCost().toPlainString(), "kwh_cost");
        assertEquals(c.time(), cost.timeCost().toPlainString(), "time_cost");
        assertEquals(c.blocking(), cost.blockingFeeCost().toPlainString(), "blocking_fee_cost");
        assertEquals(c.vat(), cost.vat().toPlainString(), "invoice_vat");
        assertEquals(c.summary(), cost.summary().toPlainString(), "invoice_summary");
    }

    /** The seed's tariff as the simulator publishes it (parking in 60 s steps): the seed session still costs 5.39. */
    @Test
    void the_seed_tariff_with_its_steps_prices_the_seed_session_unchanged() {
        String seedTariff = tariff(
                element("ENERGY", "0.195", 1, "{\"start_time\":\"00:00\",\"end_time\":\"01:00\"," + ALL_DAYS + "}"),
                element("ENERGY", "0.453", 1, "{" + ALL_DAYS + "}"),
                element("PARKING_TIME", "4.02", 60, null));
        SessionCost cost = engine.price(new TariffSnapshot("eur", new BigDecimal("19"), true,
                TimeWindowTariffEngineTest.seedGross(), seedTariff), usage("2026-04-02T15:51:00", "10.000", 10, 0));
        assertEquals("5.39", cost.summary().toPlainString());
        assertEquals("0.86", cost.vat().toPlainString());
        assertEquals("0.00", cost.blockingFeeCost().toPlainString());
    }

    @Test
    void a_negative_or_fractional_step_makes_the_tariff_unreadable_and_the_session_priced_flat() {
        TariffEngine flat = new FlatRateTariffEngine();
        GrossPrices cheap = GrossPrices.energyOnly(new BigDecimal("0.10"));
        SessionUsage session = usage("2026-11-27T12:00:00", "10.000", 600, 0);
        for (String step : new String[]{"-60", "1.5", "\"sixty\""}) {
            String json = tariff("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.40,\"step_size\":" + step
                    + "}]}");
            TariffSnapshot s = new TariffSnapshot("eur", new BigDecimal("19"), true, cheap, json);
            assertEquals(flat.price(s, session), engine.price(s, session), step);
        }
    }

    static String element(String type, String price, int step, String restrictions) {
        return "{\"price_components\":[{\"type\":\"" + type + "\",\"price\":" + price + ",\"vat\":19,\"step_size\":"
                + step + "}]" + (restrictions == null ? "" : ",\"restrictions\":" + restrictions) + "}";
    }
}
