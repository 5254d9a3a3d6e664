package io.connect.billing.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * An element's OCPI 2.2.1 restrictions; all must hold. Times of day are "HH:MM" local ("24:00" is the end of the
 * day); a window whose end is before its start wraps past midnight, equal start and end mean the whole day.
 * Start values are inclusive, end/max values exclusive. Current limits are not measured and are ignored; power
 * limits are checked against the session's average power; an element restricted to reservations never matches
 * (sessions here have no reservation time).
 */
public record TariffRestrictions(Integer startMinute, Integer endMinute, LocalDate startDate, LocalDate endDate,
                                 Set<DayOfWeek> daysOfWeek, BigDecimal minKwh, BigDecimal maxKwh,
                                 BigDecimal minDurationSeconds, BigDecimal maxDurationSeconds,
                                 BigDecimal minPowerKw, BigDecimal maxPowerKw, boolean reservation) {

    public static final TariffRestrictions NONE =
            new TariffRestrictions(null, null, null, null, Set.of(), null, null, null, null, null, null, false);

    public boolean matches(TariffMoment m) {
        LocalDate date = m.local().toLocalDate();
        return !reservation
                && (daysOfWeek.isEmpty() || daysOfWeek.contains(date.getDayOfWeek()))
                && (startDate == null || !date.isBefore(startDate))
                && (endDate == null || date.isBefore(endDate))
                && timeOfDayMatches(m.local().toLocalTime())
                && atLeast(m.secondsSinceStart(), minDurationSeconds) && below(m.secondsSinceStart(), maxDurationSeconds)
                && atLeast(m.kwhSoFar(), minKwh) && below(m.kwhSoFar(), maxKwh)
                && (m.averagePowerKw() == null
                || atLeast(m.averagePowerKw(), minPowerKw) && below(m.averagePowerKw(), maxPowerKw));
    }

    private boolean timeOfDayMatches(LocalTime time) {
        long nanos = time.toNanoOfDay();
        boolean afterStart = startMinute == null || nanos >= minuteNanos(startMinute);
        boolean beforeEnd = endMinute == null || nanos < minuteNanos(endMinute);
        if (startMinute != null && endMinute != null) {
            if (startMinute.equals(endMinute)) {
                return true;
            }
            if (endMinute < startMinute) {
                return afterStart || beforeEnd;
            }
        }
        return afterStart && beforeEnd;
    }

    private static long minuteNanos(int minute) {
        return minute * 60_000_000_000L;
    }

    private static boolean atLeast(BigDecimal value, BigDecimal min) {
        return min == null || value.compareTo(min) >= 0;
    }

    private static boolean below(BigDecimal value, BigDecimal max) {
        return max == null || value.compareTo(max) < 0;
    }
}
