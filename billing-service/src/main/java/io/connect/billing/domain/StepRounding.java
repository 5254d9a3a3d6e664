package io.connect.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * OCPI 2.2.1 {@code step_size} for one dimension: the quantity billed over the whole session (across every
 * element that priced it) is rounded up to a whole number of steps of the <em>last</em> component that priced it,
 * once per session, and the difference is billed at that component's price. Switching elements rounds nothing.
 */
final class StepRounding {

    private static final int SCALE = 9;

    private final BigDecimal unitsPerStep;
    private BigDecimal quantity = BigDecimal.ZERO;
    private OcpiTariff.Component last;

    /** @param unitsPerStep the dimension's quantity unit per step_size unit: 0.001 (kWh per Wh), 1 (s per s) */
    private StepRounding(BigDecimal unitsPerStep) {
        this.unitsPerStep = unitsPerStep;
    }

    static StepRounding energyInKwh() {
        return new StepRounding(new BigDecimal("0.001"));
    }

    static StepRounding timeInSeconds() {
        return new StepRounding(BigDecimal.ONE);
    }

    /** Records quantity priced by {@code component}; nothing is recorded for an empty period. */
    void priced(OcpiTariff.Component component, BigDecimal amount) {
        if (amount.signum() > 0) {
            quantity = quantity.add(amount);
            last = component;
        }
    }

    boolean used() {
        return last != null;
    }

    /** The component that priced this dimension last (null when none did). */
    OcpiTariff.Component last() {
        return last;
    }

    /**
     * What rounding the total up to whole steps adds to the quantity: zero without a step, for a step of one unit
     * (CDRs measure whole Wh and seconds) or when the total is already whole.
     */
    BigDecimal extraQuantity() {
        if (last == null || last.stepSize() <= 1) {
            return BigDecimal.ZERO;
        }
        // Energy reaches here split over periods by division; a residue far below a µWh must not add a step.
        BigDecimal total = quantity.setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal step = unitsPerStep.multiply(BigDecimal.valueOf(last.stepSize()));
        BigDecimal steps = total.divide(step, 0, RoundingMode.CEILING);
        return steps.multiply(step).subtract(total);
    }
}
