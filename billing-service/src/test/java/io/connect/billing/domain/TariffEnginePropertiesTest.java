package io.connect.billing.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of the engine over many generated tariffs and sessions (fixed seed, so failures reproduce). */
class TariffEnginePropertiesTest {

    private static final int RUNS = 2_000;
    private final TariffEngine engine = new FlatRateTariffEngine();
    private final Random random = new Random(20260402L);

    @Test
    void more_energy_never_costs_less() {
        forGenerated((snapshot, usage) -> {
            SessionUsage more = new SessionUsage(usage.energyKwh().add(randomAmount(50, 3)), usage.chargingSeconds(),
                    usage.parkingSeconds());
            assertNotCheaper(snapshot, usage, more);
        });
    }

    @Test
    void more_charging_time_never_costs_less() {
        forGenerated((snapshot, usage) -> assertNotCheaper(snapshot, usage, new SessionUsage(usage.energyKwh(),
                usage.chargingSeconds() + 1 + random.nextInt(7200), usage.parkingSeconds())));
    }

    @Test
    void more_parking_time_never_costs_less() {
        forGenerated((snapshot, usage) -> assertNotCheaper(snapshot, usage, new SessionUsage(usage.energyKwh(),
                usage.chargingSeconds(), usage.parkingSeconds() + 1 + random.nextInt(20000))));
    }

    @Test
    void no_line_is_negative_and_the_summary_adds_up() {
        forGenerated((snapshot, usage) -> {
            SessionCost cost = engine.price(snapshot, usage);
            for (BigDecimal line : new BigDecimal[]{cost.kwhCost(), cost.timeCost(), cost.sessionFeeCost(),
                    cost.blockingFeeCost(), cost.startingFeeCost(), cost.vat(), cost.summary()}) {
                assertTrue(line.signum() >= 0, () -> "negative amount in " + cost);
                assertEquals(2, line.scale(), () -> "not rounded to the cent: " + cost);
            }
            BigDecimal lines = cost.kwhCost().add(cost.timeCost()).add(cost.sessionFeeCost())
                    .add(cost.blockingFeeCost()).add(cost.startingFeeCost());
            assertEquals(lines, cost.summary());
            assertTrue(cost.vat().compareTo(cost.summary()) <= 0, () -> "VAT above the total: " + cost);
        });
    }

    @Test
    void blocking_never_exceeds_the_cap_with_vat() {
        forGenerated((snapshot, usage) -> {
            BigDecimal cap = snapshot.gross().blockingCap();
            if (cap != null) {
                BigDecimal max = cap.multiply(Money.vatFactor(snapshot.taxPercent())).setScale(2, RoundingMode.HALF_UP);
                assertTrue(engine.price(snapshot, usage).blockingFeeCost().compareTo(max) <= 0);
            }
        });
    }

    private void assertNotCheaper(TariffSnapshot snapshot, SessionUsage less, SessionUsage more) {
        SessionCost a = engine.price(snapshot, less);
        SessionCost b = engine.price(snapshot, more);
        for (Function<SessionCost, BigDecimal> line : java.util.List.<Function<SessionCost, BigDecimal>>of(
                SessionCost::kwhCost, SessionCost::timeCost, SessionCost::blockingFeeCost, SessionCost::summary)) {
            assertTrue(line.apply(b).compareTo(line.apply(a)) >= 0,
                    () -> "cheaper with more usage: " + less + " → " + a + " but " + more + " → " + b
                            + " under " + snapshot);
        }
    }

    private void forGenerated(java.util.function.BiConsumer<TariffSnapshot, SessionUsage> property) {
        for (int i = 0; i < RUNS; i++) {
            GrossPrices gross = new GrossPrices(maybe(() -> randomAmount(2, 4)), maybe(() -> randomAmount(20, 4)),
                    maybe(() -> randomAmount(20, 4)), maybe(() -> randomAmount(5, 2)), maybe(() -> randomAmount(5, 2)),
                    random.nextInt(61), maybe(() -> randomAmount(50, 2)));
            BigDecimal tax = BigDecimal.valueOf(random.nextInt(2600), 2);
            TariffSnapshot snapshot = new TariffSnapshot("eur", tax, random.nextBoolean(), gross, null);
            SessionUsage usage = new SessionUsage(randomAmount(150, 3), random.nextInt(36_000), random.nextInt(36_000));
            property.accept(snapshot, usage);
        }
    }

    private BigDecimal maybe(java.util.function.Supplier<BigDecimal> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }

    /** 0 ≤ amount < max with the given decimals. */
    private BigDecimal randomAmount(int max, int scale) {
        long unscaled = (long) (random.nextDouble() * max * Math.pow(10, scale));
        return BigDecimal.valueOf(unscaled, scale);
    }
}
