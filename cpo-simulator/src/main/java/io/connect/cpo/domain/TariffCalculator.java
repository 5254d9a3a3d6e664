package io.connect.cpo.domain;

import io.connect.ocpi.model.ChargingPeriod;
import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Price;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffDimensionType;
import io.connect.ocpi.model.TariffElement;
import io.connect.ocpi.model.TariffRestrictions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The CPO's own price of a session, for the CDR's total_cost: per charging period and dimension the first
 * element whose restrictions hold at the period's start wins (OCPI 2.2.1 rules); FLAT is charged once, at the
 * start. Simplifications: step_size is not applied, power/current/reservation restrictions are ignored and
 * the simulator records no PARKING_TIME. The eMSP bills with its own engine; this is informational.
 */
public final class TariffCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TariffCalculator() {
    }

    public static Price cost(Tariff tariff, ZoneId zone, Instant sessionStart, List<ChargingPeriod> periods) {
        if (tariff == null) {
            return new Price(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        }
        Sum sum = new Sum();
        component(tariff, TariffDimensionType.FLAT, sessionStart.atZone(zone), BigDecimal.ZERO, 0)
                .ifPresent(flat -> sum.add(BigDecimal.ONE, flat));
        BigDecimal kwhSoFar = BigDecimal.ZERO;
        for (ChargingPeriod period : periods) {
            ZonedDateTime at = period.startDateTime().atZone(zone);
            long seconds = Duration.between(sessionStart, period.startDateTime()).toSeconds();
            BigDecimal energy = period.volume("ENERGY");
            BigDecimal hours = period.volume("TIME");
            BigDecimal before = kwhSoFar;
            component(tariff, TariffDimensionType.ENERGY, at, before, seconds).ifPresent(c -> sum.add(energy, c));
            component(tariff, TariffDimensionType.TIME, at, before, seconds).ifPresent(c -> sum.add(hours, c));
            kwhSoFar = kwhSoFar.add(energy);
        }
        return new Price(sum.excl.setScale(2, RoundingMode.HALF_UP), sum.incl.setScale(2, RoundingMode.HALF_UP));
    }

    static Optional<PriceComponent> component(Tariff tariff, TariffDimensionType type, ZonedDateTime at,
            BigDecimal kwh, long secondsSinceStart) {
        for (TariffElement element : tariff.elements()) {
            if (!matches(element.restrictions(), at, kwh, secondsSinceStart)) {
                continue;
            }
            for (PriceComponent component : element.priceComponents()) {
                if (component.is(type)) {
                    return Optional.of(component);
                }
            }
        }
        return Optional.empty();
    }

    static boolean matches(TariffRestrictions r, ZonedDateTime at, BigDecimal kwh, long seconds) {
        if (r == null) {
            return true;
        }
        return inTimeWindow(r.startTime(), r.endTime(), at.toLocalTime())
                && (r.startDate() == null || !at.toLocalDate().isBefore(LocalDate.parse(r.startDate())))
                && (r.endDate() == null || at.toLocalDate().isBefore(LocalDate.parse(r.endDate())))
                && (r.minKwh() == null || kwh.compareTo(r.minKwh()) >= 0)
                && (r.maxKwh() == null || kwh.compareTo(r.maxKwh()) < 0)
                && (r.minDuration() == null || seconds >= r.minDuration())
                && (r.maxDuration() == null || seconds < r.maxDuration())
                && (r.dayOfWeek() == null || r.dayOfWeek().isEmpty()
                        || r.dayOfWeek().contains(at.getDayOfWeek().name()));
    }

    /** end before start means the window runs past midnight (22:00-06:00). */
    static boolean inTimeWindow(String start, String end, LocalTime t) {
        LocalTime from = start == null ? null : LocalTime.parse(start);
        LocalTime to = end == null ? null : LocalTime.parse(end);
        if (from != null && to != null && to.isBefore(from)) {
            return !t.isBefore(from) || t.isBefore(to);
        }
        return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
    }

    private static final class Sum {
        BigDecimal excl = BigDecimal.ZERO;
        BigDecimal incl = BigDecimal.ZERO;

        void add(BigDecimal quantity, PriceComponent component) {
            BigDecimal net = quantity.multiply(component.price());
            excl = excl.add(net);
            BigDecimal vat = component.vat() == null ? BigDecimal.ZERO : component.vat();
            incl = incl.add(net.multiply(BigDecimal.ONE.add(vat.divide(HUNDRED))));
        }
    }
}
