package io.connect.billing.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hand-checked prices: each expected value was worked out on paper from §6 of docs/architecture.md. */
class FlatRateTariffEngineTest {

    private final TariffEngine engine = new FlatRateTariffEngine();

    record Case(String name, GrossPrices gross, String taxPercent, SessionUsage usage,
                String kwh, String time, String sessionFee, String blocking, String startingFee,
                String vat, String summary) {
        @Override
        public String toString() {
            return name;
        }
    }

    static GrossPrices prices(String energy, String timePerHour, String parkingPerHour, String flat,
                              String startingFee, int graceMinutes, String cap) {
        return new GrossPrices(dec(energy), dec(timePerHour), dec(parkingPerHour), dec(flat), dec(startingFee),
                graceMinutes, dec(cap));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static SessionUsage usage(String kwh, long chargingSeconds, long parkingSeconds) {
        return new SessionUsage(new BigDecimal(kwh), chargingSeconds, parkingSeconds);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // 10 × 0.4530 × 1.19 = 5.39070; 5.39 − 5.39/1.19 = 0.8606
                new Case("seed: 10.000 kWh at 0.4530 + 19 %", prices("0.4530", null, "4.02", null, null, 0, null),
                        "19", usage("10.000", 10, 0), "5.39", "0.00", "0.00", "0.00", "0.00", "0.86", "5.39"),
                // 1.5 h × 2.00 × 1.19 = 3.57
                new Case("time: 90 min at 2.00/h", prices(null, "2.00", null, null, null, 0, null),
                        "19", usage("0.000", 5400, 0), "0.00", "3.57", "0.00", "0.00", "0.00", "0.57", "3.57"),
                // 1000 s × 3.00 × 1.19 / 3600 = 0.99166
                new Case("time: rounding after the division", prices(null, "3.00", null, null, null, 0, null),
                        "19", usage("0.000", 1000, 0), "0.00", "0.99", "0.00", "0.00", "0.00", "0.16", "0.99"),
                // (2700 − 900) s = 0.5 h × 4.02 × 1.19 = 2.3919
                new Case("blocking after a 15 min grace", prices(null, null, "4.02", null, null, 15, null),
                        "19", usage("0.000", 0, 2700), "0.00", "0.00", "0.00", "2.39", "0.00", "0.38", "2.39"),
                new Case("blocking inside the grace period", prices(null, null, "4.02", null, null, 15, null),
                        "19", usage("0.000", 0, 600), "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                // 10 h × 4.02 = 40.20 net, capped at 10.00 net → 11.90
                new Case("blocking capped", prices(null, null, "4.02", null, null, 0, "10.00"),
                        "19", usage("0.000", 0, 36000), "0.00", "0.00", "0.00", "11.90", "0.00", "1.90", "11.90"),
                new Case("blocking exactly at the cap", prices(null, null, "1.00", null, null, 0, "10.00"),
                        "19", usage("0.000", 0, 36000), "0.00", "0.00", "0.00", "11.90", "0.00", "1.90", "11.90"),
                // 0.5 h × 4.02 = 2.01 net, below the cap
                new Case("blocking below the cap", prices(null, null, "4.02", null, null, 0, "10.00"),
                        "19", usage("0.000", 0, 1800), "0.00", "0.00", "0.00", "2.39", "0.00", "0.38", "2.39"),
                new Case("flat session fee", prices(null, null, null, "1.00", null, 0, null),
                        "19", usage("0.000", 0, 0), "0.00", "0.00", "1.19", "0.00", "0.00", "0.19", "1.19"),
                // 0.50 × 1.19 = 0.595 exactly: half-up gives 0.60
                new Case("starting fee, half-up at .5 cent", prices(null, null, null, null, "0.50", 0, null),
                        "19", usage("0.000", 0, 0), "0.00", "0.00", "0.00", "0.00", "0.60", "0.10", "0.60"),
                new Case("zero energy", prices("0.4530", null, null, null, null, 0, null),
                        "19", usage("0.000", 0, 0), "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                // 22.5 × 0.39 × 1.19 = 10.44225; 1 h × 1.20 × 1.19 = 1.428; 0.595; 1200 s × 6.00/h = 2.00 × 1.19
                new Case("every component", prices("0.39", "1.20", "6.00", "0.50", null, 10, "20.00"),
                        "19", usage("22.500", 3600, 1800), "10.44", "1.43", "0.60", "2.38", "0.00", "2.37", "14.85"),
                new Case("no VAT", prices("0.4530", null, null, null, null, 0, null),
                        "0", usage("10.000", 10, 0), "4.53", "0.00", "0.00", "0.00", "0.00", "0.00", "4.53"),
                // 10 × 0.35 × 1.07 = 3.745 → 3.75; 3.75 − 3.75/1.07 = 0.2453
                new Case("7 % VAT, half-up", prices("0.35", null, null, null, null, 0, null),
                        "7", usage("10.000", 10, 0), "3.75", "0.00", "0.00", "0.00", "0.00", "0.25", "3.75"),
                // 12.345 × 0.4530 × 1.19 = 6.6548...
                new Case("fractional energy", prices("0.4530", null, null, null, null, 0, null),
                        "19", usage("12.345", 100, 0), "6.65", "0.00", "0.00", "0.00", "0.00", "1.06", "6.65"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prices_each_line_half_up_to_the_cent(Case c) {
        SessionCost cost = engine.price(new TariffSnapshot("eur", new BigDecimal(c.taxPercent()), true, c.gross(),
                null), c.usage());

        assertEquals(c.kwh(), cost.kwhCost().toPlainString(), "kwh_cost");
        assertEquals(c.time(), cost.timeCost().toPlainString(), "time_cost");
        assertEquals(c.sessionFee(), cost.sessionFeeCost().toPlainString(), "session_fee_cost");
        assertEquals(c.blocking(), cost.blockingFeeCost().toPlainString(), "blocking_fee_cost");
        assertEquals(c.startingFee(), cost.startingFeeCost().toPlainString(), "starting_fee_cost");
        assertEquals(c.vat(), cost.vat().toPlainString(), "invoice_vat");
        assertEquals(c.summary(), cost.summary().toPlainString(), "invoice_summary");
        assertEquals("0.00", cost.credits().toPlainString(), "invoice_credits");
        assertEquals("0.00", cost.discount().toPlainString(), "invoice_discount");
        assertEquals("eur", cost.currency());
    }

    @Test
    void negative_prices_and_usage_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> prices("-0.10", null, null, null, null, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> prices("0.10", null, null, null, null, -1, null));
        assertThrows(IllegalArgumentException.class, () -> usage("-1.000", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> usage("1.000", -5, 0));
    }
}
