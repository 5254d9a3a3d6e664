package io.connect.station.domain;

import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffRestrictions;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a tariff's windows of one dimension into Cariqa's weekday → TimePriceItem map. */
public final class TimePriceItems {

    public static final String ALL = "ALL";

    private TimePriceItems() {
    }

    /** @return null when no element prices this dimension on any day */
    public static Map<String, List<TimePriceItem>> of(Tariff tariff, Dimension dimension, ZoneId zone, LocalDate today,
                                                      BigDecimal defaultTax, BigDecimal blockingCap) {
        Map<DayOfWeek, List<TariffWindows.Window>> week = TariffWindows.week(tariff.elementsOrEmpty(), dimension, today);
        Map<DayOfWeek, List<TimePriceItem>> items = new LinkedHashMap<>();
        week.forEach((day, windows) -> items.put(day, windows.stream()
                .map(w -> item(tariff, dimension, w, zone, defaultTax, blockingCap)).toList()));
        if (items.values().stream().allMatch(List::isEmpty)) {
            return null;
        }
        Map<String, List<TimePriceItem>> result = new LinkedHashMap<>();
        boolean sameEveryDay = items.values().stream().distinct().count() == 1;
        if (sameEveryDay && !TariffWindows.restrictsWeekdays(tariff.elementsOrEmpty(), dimension)) {
            result.put(ALL, items.get(DayOfWeek.MONDAY));
            return Collections.unmodifiableMap(result);
        }
        items.forEach((day, list) -> {
            if (!list.isEmpty()) {
                result.put(day.name(), list);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** Cariqa's starting fee as a price map: one all-day item, billed by Cariqa. */
    public static Map<String, List<TimePriceItem>> startingFee(BigDecimal fee, BigDecimal tax) {
        TimePriceItem item = new TimePriceItem(null, null, null, null, Numbers.scaled(fee, 2),
                Numbers.userFacing(fee, tax, Dimension.FLAT), null, Numbers.plain(tax), null);
        Map<String, List<TimePriceItem>> map = new LinkedHashMap<>();
        map.put(ALL, List.of(item));
        return Collections.unmodifiableMap(map);
    }

    public static BigDecimal tax(PriceComponent c, BigDecimal defaultTax) {
        return c.vat() != null ? c.vat() : defaultTax;
    }

    private static TimePriceItem item(Tariff tariff, Dimension dimension, TariffWindows.Window w, ZoneId zone,
                                      BigDecimal defaultTax, BigDecimal blockingCap) {
        TariffRestrictions r = w.element().restrictions();
        boolean timeRestricted = r != null && (r.startTime() != null || r.endTime() != null);
        boolean showTimes = !(w.wholeDay() && !timeRestricted);
        String dateFrom = r != null && r.startDate() != null ? r.startDate()
                : tariff.startDateTime() == null ? null : tariff.startDateTime().atZone(zone).toLocalDate().toString();
        String dateTo = r != null && r.endDate() != null ? r.endDate()
                : tariff.endDateTime() == null ? null : tariff.endDateTime().atZone(zone).toLocalDate().toString();
        BigDecimal tax = tax(w.component(), defaultTax);
        boolean blocking = dimension == Dimension.PARKING_TIME;
        return new TimePriceItem(
                showTimes ? TariffWindows.hhmm(w.fromMinute()) : null,
                showTimes ? TariffWindows.hhmm(w.toMinute()) : null,
                dateFrom, dateTo,
                Numbers.gross(w.component().price(), dimension),
                Numbers.userFacing(w.component().price(), tax, dimension),
                blocking ? TariffWindows.graceMinutes(w.element()) : null,
                Numbers.plain(tax),
                blocking ? Numbers.scaled(blockingCap, 2) : null);
    }
}
