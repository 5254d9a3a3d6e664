package io.connect.station.domain;

import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.GeoLocation;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.connect.station.domain.Tariffs.ALL_DAYS;
import static io.connect.station.domain.Tariffs.element;
import static io.connect.station.domain.Tariffs.minDuration;
import static io.connect.station.domain.Tariffs.price;
import static io.connect.station.domain.Tariffs.tariff;
import static io.connect.station.domain.Tariffs.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceGroupBuilderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 2);
    private static final BigDecimal VAT = new BigDecimal("19");
    private final PriceGroupBuilder builder = new PriceGroupBuilder(Tariffs.rules());

    private static TimePriceItem item(String from, String to, String dateFrom, String gross, String userFacing,
                                      Integer grace) {
        return new TimePriceItem(from, to, dateFrom, null, gross, userFacing, grace, VAT, null);
    }

    @Test
    void seedTariffGivesTheSeedPrices() {
        Prices prices = builder.prices(Tariffs.seed(), Tariffs.partner(), BERLIN, TODAY);

        assertEquals(ALL_DAYS, List.copyOf(prices.kwhPrice().keySet()), "day_of_week restricted: one key per weekday");
        assertEquals(List.of(item("00:00", "01:00", "2025-12-17", "0.1950", "0.23", null),
                        item("01:00", "24:00", "2025-12-17", "0.4530", "0.54", null)),
                prices.kwhPrice().get("MONDAY"));
        assertEquals(prices.kwhPrice().get("MONDAY"), prices.kwhPrice().get("SUNDAY"));
        assertEquals(Map.of("ALL", List.of(item(null, null, "2025-12-17", "4.02", "0.08", 0))), prices.blockingFee());
        assertNull(prices.timePrice());
        assertNull(prices.sessionFee());
        assertNull(prices.startingFee(), "no Cariqa fee at partner stations");
    }

    @Test
    void windowAcrossMidnightIsSplitInTwo() {
        Tariff night = tariff("NIGHT", element(times("22:00", "06:00", null), price("ENERGY", "0.29")),
                element(null, price("ENERGY", "0.44")), element(null, price("FLAT", "0.5")));

        Prices prices = builder.prices(night, Tariffs.partner(), BERLIN, TODAY);

        assertEquals(List.of("ALL"), List.copyOf(prices.kwhPrice().keySet()));
        assertEquals(List.of(item("00:00", "06:00", "2025-12-17", "0.2900", "0.35", null),
                        item("06:00", "22:00", "2025-12-17", "0.4400", "0.52", null),
                        item("22:00", "24:00", "2025-12-17", "0.2900", "0.35", null)),
                prices.kwhPrice().get("ALL"));
        assertEquals(List.of(item(null, null, "2025-12-17", "0.50", "0.60", null)), prices.sessionFee().get("ALL"));
    }

    @Test
    void weekdayOnlyElementGivesPerDayKeys() {
        Tariff weekdays = tariff("TIME", element(times("07:00", "19:00", ALL_DAYS.subList(0, 5)), price("TIME", "3.00")),
                element(null, price("TIME", "1.80")));

        Map<String, List<TimePriceItem>> time = builder.prices(weekdays, Tariffs.partner(), BERLIN, TODAY).timePrice();

        assertEquals(ALL_DAYS, List.copyOf(time.keySet()));
        assertEquals(List.of(item("00:00", "07:00", "2025-12-17", "1.80", "0.04", null),
                        item("07:00", "19:00", "2025-12-17", "3.00", "0.06", null),
                        item("19:00", "24:00", "2025-12-17", "1.80", "0.04", null)),
                time.get("FRIDAY"));
        assertEquals(List.of(item(null, null, "2025-12-17", "1.80", "0.04", null)), time.get("SATURDAY"));
    }

    @Test
    void firstMatchingElementWins() {
        Tariff t = tariff("FIRST", element(times("10:00", "12:00", null), price("ENERGY", "0.30")),
                element(times("08:00", "14:00", null), price("ENERGY", "0.50")),
                element(null, price("ENERGY", "0.40")));

        List<TimePriceItem> all = builder.prices(t, Tariffs.partner(), BERLIN, TODAY).kwhPrice().get("ALL");

        assertEquals(List.of("00:00-08:00 0.4000", "08:00-10:00 0.5000", "10:00-12:00 0.3000",
                        "12:00-14:00 0.5000", "14:00-24:00 0.4000"),
                all.stream().map(i -> i.timeFrom() + "-" + i.timeTo() + " " + i.grossPrice()).toList());
    }

    @Test
    void parkingAfterMinDurationShowsTheGracePeriod() {
        Tariff t = tariff("PARK", element(null, price("ENERGY", "0.42")),
                element(minDuration(14400), price("PARKING_TIME", "1.2")));

        Prices prices = builder.prices(t, Tariffs.partner(), BERLIN, TODAY);

        assertEquals(List.of(item(null, null, "2025-12-17", "1.20", "0.02", 240)), prices.blockingFee().get("ALL"));
    }

    @Test
    void nonPartnerStationsShowCariqasStartingFee() {
        Prices prices = builder.prices(Tariffs.seed(), Tariffs.nonPartner(), BERLIN, TODAY);

        assertEquals(Map.of("ALL", List.of(new TimePriceItem(null, null, null, null, "0.42", "0.50", null, VAT, null))),
                prices.startingFee());
    }

    @Test
    void groupsByStandardAndPowerAndFallsBackWithoutTariff() {
        Connector known = new Connector("1", "IEC_62196_T2", "SOCKET", "AC_3_PHASE", 400, 32, 22000, List.of("EVA-T2-22"), null);
        Connector unknown = new Connector("1", "CHADEMO", "CABLE", "DC", 500, 100, 50000, List.of("NOT-CACHED"), null);
        Location location = new Location("DE", "CIQ", "loc", true, "x", "Ludwigstraße, 9", "Worms", "67547", null, "DEU",
                new GeoLocation("49.630383", "8.368902"), null,
                List.of(new Evse("a", "DE*CIQ*A*1", "AVAILABLE", List.of(), List.of(known), null),
                        new Evse("b", "DE*CIQ*B*1", "CHARGING", List.of(), List.of(known), null),
                        new Evse("c", "DE*CIQ*C*1", "AVAILABLE", List.of(), List.of(unknown), null),
                        new Evse("d", "DE*CIQ*D*1", "REMOVED", List.of(), List.of(known), null)),
                null, List.of(), "Europe/Berlin", null, null, null);

        List<PriceGroup> groups = builder.build(location, Map.of("EVA-T2-22", Tariffs.seed()), Tariffs.partner(),
                Instant.parse("2026-04-02T10:42:22Z"));

        assertEquals(2, groups.size());
        PriceGroup t2 = groups.get(0);
        assertEquals("IEC_62196_T2", t2.type());
        assertEquals(new BigDecimal("22"), t2.power());
        assertEquals(List.of("DE*CIQ*A*1", "DE*CIQ*B*1"), t2.evseIds(), "REMOVED EVSEs are not shown");
        assertFalse(t2.isFallback());
        assertEquals("eur", t2.currency());
        assertEquals("30.00", t2.preAuthorizationAmount());
        assertEquals("2026-04-02T12:42:22+02:00", t2.localDatetime());
        PriceGroup fallback = groups.get(1);
        assertTrue(fallback.isFallback());
        assertEquals("0.5900", fallback.prices().kwhPrice().get("ALL").get(0).grossPrice());
        assertEquals("0.70", fallback.prices().kwhPrice().get("ALL").get(0).userFacingPrice());
    }
}
