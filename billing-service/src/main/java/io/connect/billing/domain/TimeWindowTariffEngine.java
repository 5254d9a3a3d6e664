package io.connect.billing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prices a session across the windows of the CPO's OCPI tariff ({@link TariffSnapshot#ocpiTariffJson()}): the
 * session is cut at every restriction boundary ({@link SessionTimeline}) and, per period and dimension, the first
 * element whose restrictions all hold prices it (OCPI 2.2.1 §Tariffs). ENERGY per kWh delivered in the period,
 * TIME per charging hour, PARKING_TIME per parking hour after the snapshot's grace period and up to its blocking
 * cap, FLAT once (the element matching at the start); the starting fee is Cariqa's, from the snapshot.
 *
 * <p>Each line is {@code round_half_up(Σ quantity × price × (1 + vat/100), 2)}: summed at full precision, rounded
 * once. A component without {@code vat} uses the snapshot's {@code tax_percent} (the VAT the user was shown).
 * The VAT shown is derived from the total.
 *
 * <p>OCPI {@code step_size} ({@link StepRounding}): the session's total billed energy is rounded up to whole steps
 * (Wh) of the last ENERGY component that priced it; TIME and PARKING_TIME are rounded once together — the parking
 * total when parking was billed, else the charging-time total — in steps (s) of the last such component, before
 * the blocking cap. The extra quantity is priced by that last component. The flat-rate engine has no steps.
 *
 * <p>Without a tariff (or a start time) the {@link FlatRateTariffEngine} prices the session; so it does when the
 * tariff cannot be read, since the user was shown and agreed to those snapshot prices.
 */
public class TimeWindowTariffEngine implements TariffEngine {

    private static final Logger LOG = Logger.getLogger(TimeWindowTariffEngine.class.getName());
    private static final MathContext PRECISION = SessionTimeline.PRECISION;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final TariffEngine fallback;

    public TimeWindowTariffEngine(TariffEngine fallback) {
        this.fallback = fallback;
    }

    public TimeWindowTariffEngine() {
        this(new FlatRateTariffEngine());
    }

    @Override
    public SessionCost price(TariffSnapshot snapshot, SessionUsage usage) {
        if (usage.startTime() == null) {
            return fallback.price(snapshot, usage);
        }
        Optional<OcpiTariff> tariff;
        try {
            tariff = OcpiTariff.parse(snapshot.ocpiTariffJson());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "unreadable OCPI tariff in the snapshot, pricing flat: {0}", e.getMessage());
            tariff = Optional.empty();
        }
        return tariff.map(t -> priceWindows(snapshot, usage, t)).orElseGet(() -> fallback.price(snapshot, usage));
    }

    private SessionCost priceWindows(TariffSnapshot snapshot, SessionUsage usage, OcpiTariff tariff) {
        GrossPrices gross = snapshot.gross();
        SessionTimeline timeline = new SessionTimeline(usage);
        List<SessionTimeline.Period> periods = timeline.periods(tariff, gross.gracePeriodMinutes());

        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal time = BigDecimal.ZERO;
        BigDecimal parkingNet = BigDecimal.ZERO;
        BigDecimal parking = BigDecimal.ZERO;
        StepRounding energySteps = StepRounding.energyInKwh();
        StepRounding timeSteps = StepRounding.timeInSeconds();
        StepRounding parkingSteps = StepRounding.timeInSeconds();
        BigDecimal chargingSeconds = BigDecimal.valueOf(usage.chargingSeconds());
        for (SessionTimeline.Period p : periods) {
            if (p.charging()) {
                BigDecimal kwh = usage.energyKwh().multiply(p.seconds()).divide(chargingSeconds, PRECISION);
                energy = energy.add(withVat(tariff, TariffDimension.ENERGY, p.moment(), kwh, snapshot,
                        energySteps));
                time = time.add(withVat(tariff, TariffDimension.TIME, p.moment(), p.seconds(), snapshot,
                        timeSteps));
            } else if (p.billable()) {
                Optional<OcpiTariff.Component> c = tariff.first(TariffDimension.PARKING_TIME, p.moment());
                if (c.isPresent()) {
                    parkingNet = parkingNet.add(p.seconds().multiply(c.get().price()));
                    parking = parking.add(p.seconds().multiply(c.get().price()).multiply(factor(c.get(), snapshot)));
                    parkingSteps.priced(c.get(), p.seconds());
                }
            }
        }
        if (usage.chargingSeconds() == 0) {
            // a CDR without charging time: all energy is priced as at the start
            energySteps = StepRounding.energyInKwh();
            energy = withVat(tariff, TariffDimension.ENERGY, timeline.start(), usage.energyKwh(), snapshot,
                    energySteps);
        }
        energy = energy.add(stepExtra(energySteps, snapshot));
        // OCPI rounds TIME and PARKING_TIME once together: when parking was billed, only the parking part
        if (parkingSteps.used()) {
            BigDecimal extra = parkingSteps.extraQuantity().multiply(parkingSteps.last().price());
            parkingNet = parkingNet.add(extra);
            parking = parking.add(extra.multiply(factor(parkingSteps.last(), snapshot)));
        } else {
            time = time.add(stepExtra(timeSteps, snapshot));
        }
        BigDecimal capTimesHour = gross.blockingCap() == null ? null : gross.blockingCap().multiply(SECONDS_PER_HOUR);
        if (capTimesHour != null && parkingNet.compareTo(capTimesHour) > 0) {
            // scaled so that the cap (without VAT) gets the VAT of the parking it replaces
            parking = parking.multiply(capTimesHour).divide(parkingNet, PRECISION);
        }

        BigDecimal kwhLine = Money.cents(energy);
        BigDecimal timeLine = Money.cents(time.divide(SECONDS_PER_HOUR, PRECISION));
        BigDecimal blockingLine = Money.cents(parking.divide(SECONDS_PER_HOUR, PRECISION));
        BigDecimal sessionFee = Money.cents(withVat(tariff, TariffDimension.FLAT, timeline.start(), BigDecimal.ONE,
                snapshot));
        BigDecimal taxFactor = Money.vatFactor(snapshot.taxPercent());
        BigDecimal startingFee = gross.startingFee() == null ? Money.ZERO
                : Money.cents(gross.startingFee().multiply(taxFactor));
        BigDecimal credits = Money.ZERO;
        BigDecimal discount = Money.ZERO;

        BigDecimal summary = kwhLine.add(timeLine).add(sessionFee).add(blockingLine).add(startingFee)
                .add(credits).subtract(discount);
        BigDecimal vat = Money.cents(summary.subtract(summary.divide(taxFactor, PRECISION)));
        return new SessionCost(kwhLine, timeLine, sessionFee, blockingLine, startingFee, vat, Money.cents(summary),
                credits, discount, snapshot.currency());
    }

    /**
     * quantity × price × (1 + vat/100) of the first matching element, zero when none matches; not rounded. The
     * quantity is recorded in {@code steps} when priced.
     */
    private static BigDecimal withVat(OcpiTariff tariff, TariffDimension dimension, TariffMoment moment,
                                      BigDecimal quantity, TariffSnapshot snapshot, StepRounding steps) {
        return tariff.first(dimension, moment)
                .map(c -> {
                    steps.priced(c, quantity);
                    return quantity.multiply(c.price()).multiply(factor(c, snapshot));
                })
                .orElse(BigDecimal.ZERO);
    }

    /** For FLAT, which has no steps. */
    private static BigDecimal withVat(OcpiTariff tariff, TariffDimension dimension, TariffMoment moment,
                                      BigDecimal quantity, TariffSnapshot snapshot) {
        return withVat(tariff, dimension, moment, quantity, snapshot, StepRounding.timeInSeconds());
    }

    /** The quantity step rounding adds, priced (with VAT) by the last component that priced the dimension. */
    private static BigDecimal stepExtra(StepRounding steps, TariffSnapshot snapshot) {
        return steps.used()
                ? steps.extraQuantity().multiply(steps.last().price()).multiply(factor(steps.last(), snapshot))
                : BigDecimal.ZERO;
    }

    private static BigDecimal factor(OcpiTariff.Component c, TariffSnapshot snapshot) {
        return Money.vatFactor(c.vat() != null ? c.vat() : snapshot.taxPercent());
    }
}
