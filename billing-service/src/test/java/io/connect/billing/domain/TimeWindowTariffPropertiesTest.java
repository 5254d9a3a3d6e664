package io.connect.billing.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import static io.connect.billing.domain.TimeWindowTariffEngineTest.BERLIN;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants of the time-window engine over generated tariffs and sessions (fixed seed). Tariffs use one VAT
 * rate each. kWh limits are left out of the "more energy" property: with them a tariff itself can make more energy
 * cheaper (a dear element with {@code max_kwh} after a cheap first hour: more energy in that hour leaves fewer
 * kWh for the dear one), which OCPI allows.
 */
class TimeWindowTariffPropertiesTest {

    private static final int RUNS = 1_000;
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
    private final TariffEngine engine = new TimeWindowTariffEngine();
    private final Random random = new Random(20261127L);

    @Test
    void more_energy_in_the_same_time_never_costs_less() {
        forGenerated(false, (snapshot, u) -> assertNotCheaper(snapshot, u, new SessionUsage(
                u.energyKwh().add(BigDecimal.valueOf(1 + random.nextInt(50_000), 3)), u.chargingSeconds(),
                u.parkingSeconds(), u.startTime(), u.zone())));
    }

    @Test
    void charging_longer_at_the_same_power_never_costs_less() {
        forGenerated((snapshot, u) -> {
            long longer = u.chargingSeconds() + 1 + random.nextInt(4 * 3600);
            BigDecimal energy = u.chargingSeconds() == 0 ? u.energyKwh()
                    : u.energyKwh().multiply(BigDecimal.valueOf(longer))
                    .divide(BigDecimal.valueOf(u.chargingSeconds()), SessionTimeline.PRECISION);
            // no parking on either side: it would start later, maybe in a free window
            assertNotCheaper(snapshot, new SessionUsage(u.energyKwh(), u.chargingSeconds(), 0, u.startTime(),
                    u.zone()), new SessionUsage(energy, longer, 0, u.startTime(), u.zone()));
        });
    }

    @Test
    void parking_longer_never_costs_less() {
        forGenerated((snapshot, u) -> assertNotCheaper(snapshot, u, new SessionUsage(u.energyKwh(),
                u.chargingSeconds(), u.parkingSeconds() + 1 + random.nextInt(20_000), u.startTime(), u.zone())));
    }

    @Test
    void step_rounding_never_lowers_a_bill() {
        int[] steps = {0, 1, 15, 60, 300, 900, 1000, 3600, 5000};
        int[] dearer = {0};
        forGenerated((plain, u) -> {
            StringBuilder stepped = new StringBuilder();
            String[] parts = plain.ocpiTariffJson().split("\"step_size\":1", -1);
            for (int i = 0; i < parts.length; i++) {
                stepped.append(parts[i]);
                if (i < parts.length - 1) {
                    stepped.append("\"step_size\":").append(steps[random.nextInt(steps.length)]);
                }
            }
            TariffSnapshot withSteps = new TariffSnapshot(plain.currency(), plain.taxPercent(), plain.partner(),
                    plain.gross(), stepped.toString());
            SessionCost a = engine.price(plain, u);
            SessionCost b = engine.price(withSteps, u);
            assertTrue(b.summary().compareTo(a.summary()) >= 0 && b.kwhCost().compareTo(a.kwhCost()) >= 0
                            && b.timeCost().compareTo(a.timeCost()) >= 0
                            && b.blockingFeeCost().compareTo(a.blockingFeeCost()) >= 0,
                    () -> "steps lowered the bill of " + u + ": " + a + " → " + b + " under "
                            + withSteps.ocpiTariffJson());
            dearer[0] += b.summary().compareTo(a.summary()) > 0 ? 1 : 0;
        });
        assertTrue(dearer[0] > RUNS / 10, "steps made only " + dearer[0] + " of " + RUNS + " bills dearer");
    }

    @Test
    void no_line_is_negative_and_the_summary_adds_up() {
        forGenerated((snapshot, u) -> {
            SessionCost c = engine.price(snapshot, u);
            for (BigDecimal line : new BigDecimal[]{c.kwhCost(), c.timeCost(), c.sessionFeeCost(),
                    c.blockingFeeCost(), c.startingFeeCost(), c.vat(), c.summary()}) {
                assertTrue(line.signum() >= 0 && line.scale() == 2, () -> "bad line in " + c);
            }
            assertTrue(c.kwhCost().add(c.timeCost()).add(c.sessionFeeCost()).add(c.blockingFeeCost())
                    .add(c.startingFeeCost()).compareTo(c.summary()) == 0, () -> "lines do not add up: " + c);
        });
    }

    private void assertNotCheaper(TariffSnapshot snapshot, SessionUsage less, SessionUsage more) {
        SessionCost a = engine.price(snapshot, less);
        SessionCost b = engine.price(snapshot, more);
        assertTrue(b.summary().compareTo(a.summary()) >= 0 && b.kwhCost().compareTo(a.kwhCost()) >= 0
                        && b.timeCost().compareTo(a.timeCost()) >= 0
                        && b.blockingFeeCost().compareTo(a.blockingFeeCost()) >= 0,
                () -> "cheaper with more usage: " + less + " → " + a + " but " + more + " → " + b + " under "
                        + snapshot.ocpiTariffJson());
    }

    private void forGenerated(BiConsumer<TariffSnapshot, SessionUsage> property) {
        forGenerated(true, property);
    }

    private void forGenerated(boolean kwhLimits, BiConsumer<TariffSnapshot, SessionUsage> property) {
        for (int i = 0; i < RUNS; i++) {
            String vat = random.nextBoolean() ? "19" : "7";
            List<String> elements = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int e = 0; e < count; e++) {
                String type = new String[]{"ENERGY", "TIME", "PARKING_TIME", "FLAT"}[random.nextInt(4)];
                elements.add(element(type, amount(3, 3), vat, restrictions(type, kwhLimits)));
            }
            GrossPrices gross = new GrossPrices(amount(1, 4), null, amount(10, 2), null,
                    random.nextBoolean() ? null : amount(1, 2), random.nextInt(31),
                    random.nextBoolean() ? null : amount(30, 2));
            TariffSnapshot snapshot = new TariffSnapshot("eur", new BigDecimal(vat), true, gross,
                    TimeWindowTariffEngineTest.tariff(elements.toArray(String[]::new)));
            Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86_400));
            SessionUsage usage = new SessionUsage(BigDecimal.valueOf(random.nextInt(100_000), 3),
                    random.nextInt(10 * 3600), random.nextInt(5 * 3600), start, BERLIN);
            property.accept(snapshot, usage);
        }
    }

    private String restrictions(String type, boolean kwhLimits) {
        List<String> r = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            r.add("\"start_time\":\"" + time() + "\",\"end_time\":\"" + time() + "\"");
        }
        if (random.nextInt(4) == 0) {
            r.add("\"day_of_week\":[\"" + DAYS[random.nextInt(7)] + "\",\"" + DAYS[random.nextInt(7)] + "\"]");
        }
        if (random.nextInt(5) == 0) {
            r.add("\"" + (random.nextBoolean() ? "min" : "max") + "_duration\":" + random.nextInt(6 * 3600));
        }
        if (random.nextInt(6) == 0) {
            r.add("\"start_date\":\"2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\"");
        }
        if (random.nextInt(6) == 0) {
            r.add("\"end_date\":\"2026-0" + (1 + random.nextInt(9)) + "-2" + random.nextInt(9) + "\"");
        }
        if (kwhLimits && type.equals("ENERGY") && random.nextInt(4) == 0) {
            r.add("\"" + (random.nextBoolean() ? "min" : "max") + "_kwh\":" + random.nextInt(60));
        }
        return r.isEmpty() ? null : "{" + String.join(",", r) + "}";
    }

    private String time() {
        return String.format("%02d:%02d", random.nextInt(24), random.nextInt(4) * 15);
    }

    private static String element(String type, BigDecimal price, String vat, String restrictions) {
        return "{\"price_components\":[{\"type\":\"" + type + "\",\"price\":" + price + ",\"vat\":" + vat
                + ",\"step_size\":1}]" + (restrictions == null ? "" : ",\"restrictions\":" + restrictions) + "}";
    }

    private BigDecimal amount(int max, int scale) {
        return BigDecimal.valueOf((long) (random.nextDouble() * max * Math.pow(10, scale)), scale);
    }
}
