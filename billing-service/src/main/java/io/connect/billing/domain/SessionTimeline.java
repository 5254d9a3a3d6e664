package io.connect.billing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A session cut into periods at every point where a tariff restriction can change its answer: local midnights
 * and element start/end times (in the station's zone, so DST shifts are respected), min/max_duration after the
 * start, the moments min/max_kwh is reached (energy is spread evenly over the charging time, because the
 * completed event carries no charging periods), the end of charging and the end of the parking grace period.
 * Within one period every restriction has one answer, so each period is judged at its midpoint. Offsets are
 * seconds since the start, exact decimals.
 */
final class SessionTimeline {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** [from, to) in seconds since the start; {@code billable} is false for parking inside the grace period. */
    record Period(BigDecimal from, BigDecimal to, boolean charging, boolean billable, TariffMoment moment) {
        BigDecimal seconds() {
            return to.subtract(from);
        }
    }

    private final SessionUsage usage;
    private final BigDecimal chargeEnd;
    private final BigDecimal end;
    private final BigDecimal averagePowerKw;

    SessionTimeline(SessionUsage usage) {
        this.usage = usage;
        this.chargeEnd = BigDecimal.valueOf(usage.chargingSeconds());
        this.end = BigDecimal.valueOf(usage.chargingSeconds() + usage.parkingSeconds());
        this.averagePowerKw = usage.chargingSeconds() == 0 ? null
                : usage.energyKwh().multiply(SECONDS_PER_HOUR).divide(chargeEnd, PRECISION);
    }

    /** The state at the very start: the moment FLAT is chosen (and ENERGY, when no charging time was recorded). */
    TariffMoment start() {
        return moment(BigDecimal.ZERO);
    }

    List<Period> periods(OcpiTariff tariff, int graceMinutes) {
        BigDecimal graceEnd = chargeEnd.add(BigDecimal.valueOf(graceMinutes * 60L));
        TreeSet<BigDecimal> cuts = new TreeSet<>(List.of(BigDecimal.ZERO, chargeEnd, end, graceEnd));
        for (OcpiTariff.Element e : tariff.elements()) {
            TariffRestrictions r = e.restrictions();
            addIfSet(cuts, r.minDurationSeconds());
            addIfSet(cuts, r.maxDurationSeconds());
            addKwh(cuts, r.minKwh());
            addKwh(cuts, r.maxKwh());
        }
        addWallClockCuts(cuts, tariff);

        List<Period> periods = new ArrayList<>();
        BigDecimal from = null;
        for (BigDecimal cut : cuts) {
            if (cut.signum() < 0 || cut.compareTo(end) > 0) {
                continue;
            }
            if (from != null) {
                BigDecimal mid = from.add(cut).divide(TWO, PRECISION);
                boolean charging = mid.compareTo(chargeEnd) < 0;
                periods.add(new Period(from, cut, charging, charging || mid.compareTo(graceEnd) > 0, moment(mid)));
            }
            from = cut;
        }
        return periods;
    }

    private void addIfSet(TreeSet<BigDecimal> cuts, BigDecimal seconds) {
        if (seconds != null) {
            cuts.add(seconds);
        }
    }

    private void addKwh(TreeSet<BigDecimal> cuts, BigDecimal kwh) {
        if (kwh != null && usage.energyKwh().signum() > 0 && kwh.compareTo(usage.energyKwh()) <= 0) {
            cuts.add(kwh.multiply(chargeEnd).divide(usage.energyKwh(), PRECISION));
        }
    }

    private void addWallClockCuts(TreeSet<BigDecimal> cuts, OcpiTariff tariff) {
        Instant start = usage.startTime();
        LocalDate first = LocalDateTime.ofInstant(start, usage.zone()).toLocalDate().minusDays(1);
        LocalDate last = LocalDateTime.ofInstant(start.plusSeconds(end.longValue() + 1), usage.zone())
                .toLocalDate().plusDays(1);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            cuts.add(offset(day.atStartOfDay()));
            for (OcpiTariff.Element e : tariff.elements()) {
                Integer from = e.restrictions().startMinute();
                Integer to = e.restrictions().endMinute();
                if (from != null) {
                    cuts.add(offset(day.atStartOfDay().plusMinutes(from)));
                }
                if (to != null) {
                    cuts.add(offset(day.atStartOfDay().plusMinutes(to)));
                }
            }
        }
    }

    private BigDecimal offset(LocalDateTime local) {
        Duration d = Duration.between(usage.startTime(), local.atZone(usage.zone()).toInstant());
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    }

    private TariffMoment moment(BigDecimal secondsSinceStart) {
        long nanos = secondsSinceStart.multiply(NANOS).setScale(0, RoundingMode.HALF_UP).longValueExact();
        LocalDateTime local = LocalDateTime.ofInstant(usage.startTime().plusNanos(nanos), usage.zone());
        BigDecimal kwhSoFar;
        if (usage.chargingSeconds() == 0 || secondsSinceStart.compareTo(chargeEnd) >= 0) {
            kwhSoFar = secondsSinceStart.signum() == 0 ? BigDecimal.ZERO : usage.energyKwh();
        } else {
            kwhSoFar = usage.energyKwh().multiply(secondsSinceStart).divide(chargeEnd, PRECISION);
        }
        return new TariffMoment(local, secondsSinceStart, kwhSoFar, averagePowerKw);
    }
}
