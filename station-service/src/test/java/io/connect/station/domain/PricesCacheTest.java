package io.connect.station.domain;

import io.connect.ocpi.model.Tariff;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.connect.station.domain.Tariffs.element;
import static io.connect.station.domain.Tariffs.price;
import static io.connect.station.domain.Tariffs.tariff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class PricesCacheTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 2);
    private final PriceGroupBuilder uncached = new PriceGroupBuilder(Tariffs.rules());
    private final PriceGroupBuilder cached = new PriceGroupBuilder(Tariffs.rules(), new PricesCache(100));

    @Test
    void sameTariffElementsAreComputedOnceAndEqualTheUncachedPrices() {
        Tariff t = Tariffs.seed();
        Tariff sameElementsOtherObject = new Tariff(t.countryCode(), t.partyId(), t.id(), t.currency(), t.type(), null,
                null, null, t.elements(), t.startDateTime(), t.endDateTime(), t.lastUpdated());

        Prices first = cached.prices(t, Tariffs.partner(), BERLIN, TODAY);

        assertSame(first, cached.prices(sameElementsOtherObject, Tariffs.partner(), BERLIN, TODAY));
        assertEquals(uncached.prices(t, Tariffs.partner(), BERLIN, TODAY), first);
    }

    @Test
    void changedElementsOtherCpoZoneOrDayAreNewKeys() {
        Tariff before = tariff("T", element(null, price("ENERGY", "0.40")));
        Tariff changedSameIdAndTimestamp = tariff("T", element(null, price("ENERGY", "0.50")));
        Prices prices = cached.prices(before, Tariffs.partner(), BERLIN, TODAY);

        Prices changed = cached.prices(changedSameIdAndTimestamp, Tariffs.partner(), BERLIN, TODAY);
        assertEquals("0.5000", changed.kwhPrice().get("ALL").get(0).grossPrice());
        assertEquals("0.4000", prices.kwhPrice().get("ALL").get(0).grossPrice());

        Prices nonPartner = cached.prices(before, Tariffs.nonPartner(), BERLIN, TODAY);
        assertEquals(uncached.prices(before, Tariffs.nonPartner(), BERLIN, TODAY), nonPartner);
        assertNotSame(prices, nonPartner);
        assertNotSame(prices, cached.prices(before, Tariffs.partner(), ZoneId.of("Europe/Lisbon"), TODAY));
        assertNotSame(prices, cached.prices(before, Tariffs.partner(), BERLIN, TODAY.plusDays(1)));
    }

    @Test
    void boundedByClearing() {
        PriceGroupBuilder tiny = new PriceGroupBuilder(Tariffs.rules(), new PricesCache(2));
        Tariff t = tariff("T", element(null, price("ENERGY", "0.40")));
        Prices first = tiny.prices(t, Tariffs.partner(), BERLIN, TODAY);
        tiny.prices(t, Tariffs.partner(), BERLIN, TODAY.plusDays(1));
        tiny.prices(t, Tariffs.partner(), BERLIN, TODAY.plusDays(2));

        Prices again = tiny.prices(t, Tariffs.partner(), BERLIN, TODAY);
        assertNotSame(first, again, "the third key cleared the full cache");
        assertEquals(first, again);
    }
}
