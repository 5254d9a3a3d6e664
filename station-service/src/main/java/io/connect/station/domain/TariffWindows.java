package io.connect.station.domain;

import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.TariffElement;
import io.connect.ocpi.model.TariffRestrictions;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * OCPI's "first matching element wins", per price dimension, turned into time windows of a weekday.
 *
 * <p>Restrictions that depend on the running session are evaluated as at its start (0 kWh, 0 s, no
 * reservation): {@code min_kwh > 0}, {@code min_duration > 0} and {@code reservation} do not match, except
 * {@code min_duration} on a PARKING_TIME element, which Cariqa shows as the blocking fee's grace period.
 * Power and current limits are not known before a session and are ignored. Elements whose {@code end_date}
 * has passed are dropped; other dates are shown, not used to split windows.
 */
public final class TariffWindows {

    public static final int DAY_MINUTES = 24 * 60;

    private TariffWindows() {
    }

    /** A part of a day [fromMinute, toMinute) priced by one element; toMinute 1440 is the end of the day. */
    public record Window(int fromMinute, int toMinute, int elementIndex, TariffElement element, PriceComponent component) {

        public boolean wholeDay() {
            return fromMinute == 0 && toMinute == DAY_MINUTES;
        }
    }

    /** The element and component in effect at one local moment. */
    public record Match(TariffElement element, PriceComponent component) {
    }

    public static Map<DayOfWeek, List<Window>> week(List<TariffElement> elements, Dimension dimension, LocalDate today) {
        Map<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day(elements, dimension, day, today));
        }
        return week;
    }

    public static List<Window> day(List<TariffElement> elements, Dimension dimension, DayOfWeek day, LocalDate today) {
        List<Integer> candidates = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, DAY_MINUTES));
        for (int i = 0; i < elements.size(); i++) {
            TariffElement e = elements.get(i);
            if (component(e, dimension) != null && matchesSessionStart(e, dimension) && notExpired(e, today)
                    && matchesDay(e.restrictions(), day)) {
                candidates.add(i);
                TariffRestrictions r = e.restrictions();
                if (r != null) {
                    addCut(cuts, r.startTime());
                    addCut(cuts, r.endTime());
                }
            }
        }
        List<Window> windows = new ArrayList<>();
        Integer[] bounds = cuts.toArray(Integer[]::new);
        for (int b = 0; b + 1 < bounds.length; b++) {
            int from = bounds[b];
            int to = bounds[b + 1];
            for (int i : candidates) {
                TariffElement e = elements.get(i);
                if (matchesMinute(e.restrictions(), from)) {
                    Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                    if (last != null && last.elementIndex() == i && last.toMinute() == from) {
                        windows.set(windows.size() - 1, new Window(last.fromMinute(), to, i, e, last.component()));
                    } else {
                        windows.add(new Window(from, to, i, e, component(e, dimension)));
                    }
                    break;
                }
            }
        }
        return windows;
    }

    /** The element that prices {@code dimension} at this local date and time, if any. */
    public static Optional<Match> at(List<TariffElement> elements, Dimension dimension, LocalDateTime local) {
        int minute = local.getHour() * 60 + local.getMinute();
        for (TariffElement e : elements) {
            PriceComponent c = component(e, dimension);
            if (c != null && matchesSessionStart(e, dimension) && matchesDay(e.restrictions(), local.getDayOfWeek())
                    && matchesMinute(e.restrictions(), minute) && withinDates(e.restrictions(), local.toLocalDate())) {
                return Optional.of(new Match(e, c));
            }
        }
        return Optional.empty();
    }

    /** True when some element offering {@code dimension} names the weekdays it applies to. */
    public static boolean restrictsWeekdays(List<TariffElement> elements, Dimension dimension) {
        return elements.stream().anyMatch(e -> component(e, dimension) != null && e.restrictions() != null
                && e.restrictions().dayOfWeek() != null && !e.restrictions().dayOfWeek().isEmpty());
    }

    public static PriceComponent component(TariffElement e, Dimension dimension) {
        for (PriceComponent c : e.componentsOrEmpty()) {
            if (dimension.name().equals(c.type()) && c.price() != null) {
                return c;
            }
        }
        return null;
    }

    /** Minutes of free parking before the PARKING_TIME element applies (its min_duration), 0 without one. */
    public static int graceMinutes(TariffElement e) {
        Integer minDuration = e.restrictions() == null ? null : e.restrictions().minDuration();
        return minDuration == null || minDuration < 0 ? 0 : minDuration / 60;
    }

    static boolean matchesSessionStart(TariffElement e, Dimension dimension) {
        TariffRestrictions r = e.restrictions();
        if (r == null) {
            return true;
        }
        if (r.reservation() != null) {
            return false;
        }
        if (positive(r.minKwh()) || (r.maxKwh() != null && r.maxKwh().signum() <= 0)) {
            return false;
        }
        if (dimension != Dimension.PARKING_TIME && r.minDuration() != null && r.minDuration() > 0) {
            return false;
        }
        return r.maxDuration() == null || r.maxDuration() > 0;
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    static boolean notExpired(TariffElement e, LocalDate today) {
        TariffRestrictions r = e.restrictions();
        LocalDate end = r == null ? null : parseDate(r.endDate());
        return end == null || today.isBefore(end);
    }

    static boolean withinDates(TariffRestrictions r, LocalDate date) {
        if (r == null) {
            return true;
        }
        LocalDate start = parseDate(r.startDate());
        LocalDate end = parseDate(r.endDate());
        return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
    }

    static boolean matchesDay(TariffRestrictions r, DayOfWeek day) {
        return r == null || r.dayOfWeek() == null || r.dayOfWeek().isEmpty() || r.dayOfWeek().contains(day.name());
    }

    /** OCPI time window: [start, end); end before start wraps past midnight; equal bounds mean the whole day. */
    static boolean matchesMinute(TariffRestrictions r, int minute) {
        if (r == null || (r.startTime() == null && r.endTime() == null)) {
            return true;
        }
        int start = r.startTime() == null ? 0 : minutes(r.startTime());
        int end = r.endTime() == null ? DAY_MINUTES : minutes(r.endTime());
        if (start < end) {
            return minute >= start && minute < end;
        }
        if (start > end) {
            return minute >= start || minute < end;
        }
        return true;
    }

    private static void addCut(TreeSet<Integer> cuts, String time) {
        if (time != null) {
            cuts.add(minutes(time));
        }
    }

    public static int minutes(String hhmm) {
        String[] parts = hhmm.trim().split(":");
        int h = Integer.parseInt(parts[0]);
        int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        if (h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m > 0)) {
            throw new IllegalArgumentException("not a time of day: " + hhmm);
        }
        return h * 60 + m;
    }

    /** "07:05" (String.format was a visible cost of rendering a page of stations). */
    public static String hhmm(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + m / 10),
                (char) ('0' + m % 10)});
    }

    static LocalDate parseDate(String date) {
        return date == null || date.isBlank() ? null : LocalDate.parse(date.trim());
    }
}
