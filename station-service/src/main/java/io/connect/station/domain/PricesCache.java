package io.connect.station.domain;

import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The week of prices of a tariff depends only on the tariff, the CPO's profile, the station's time zone and the
 * local date, and a network has few tariffs: computed once per such key instead of once per station and request
 * (it was the largest cost of a search page). A tariff's elements are keyed by identity: hashing them deeply
 * (records all the way down) cost as much as the prices themselves. The station reader hands out one list per
 * distinct stored JSON, so an unchanged tariff hits and a changed one (new JSON, new list) misses; equal elements
 * in another list only miss. Bounded: cleared when it holds {@code maxEntries} keys (a new day makes new keys).
 */
public final class PricesCache {

    private static final class Key {
        private final List<TariffElement> elements;
        private final Instant start;
        private final Instant end;
        private final CpoProfile cpo;
        private final ZoneId zone;
        private final LocalDate today;
        private final int hash;

        Key(Tariff tariff, CpoProfile cpo, ZoneId zone, LocalDate today) {
            this.elements = tariff.elementsOrEmpty();
            this.start = tariff.startDateTime();
            this.end = tariff.endDateTime();
            this.cpo = cpo;
            this.zone = zone;
            this.today = today;
            this.hash = Objects.hash(System.identityHashCode(elements), start, end, cpo.key(), zone, today);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.elements == elements && Objects.equals(k.start, start)
                    && Objects.equals(k.end, end) && (k.cpo == cpo || k.cpo.equals(cpo)) && k.zone.equals(zone) && k.today.equals(today);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final int maxEntries;
    private final Map<Key, Prices> entries = new ConcurrentHashMap<>();

    public PricesCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    Prices get(Tariff tariff, CpoProfile cpo, ZoneId zone, LocalDate today, Supplier<Prices> compute) {
        Key key = new Key(tariff, cpo, zone, today);
        Prices cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Prices computed = compute.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, computed);
        return computed;
    }
}
