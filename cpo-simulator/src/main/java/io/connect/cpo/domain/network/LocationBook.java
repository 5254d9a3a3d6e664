package io.connect.cpo.domain.network;

import io.connect.ocpi.model.Location;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The locations of a network as the CPO serves them: looked up by location id or EVSE id, changed atomically and
 * paged in OCPI order (last_updated, then id). A small network keeps them in a map; a generated one computes them
 * on demand and keeps only the changed ones.
 */
public interface LocationBook {

    Comparator<Location> OCPI_ORDER = Comparator.comparing(Location::lastUpdated).thenComparing(Location::id);

    int size();

    long evseCount();

    /** The location, or null. */
    Location get(String locationId);

    /** The location holding this EVSE id, or null. */
    Location byEvseId(String evseId);

    /**
     * Applies {@code change} to the current location atomically with respect to other changes of it and returns
     * the result, or null when the location is unknown. Returning the same object changes nothing.
     */
    Location update(String locationId, UnaryOperator<Location> change);

    /** Adds a location, or replaces the one with its id. */
    void put(Location location);

    /** Locations with {@code from <= last_updated < to} (null: open), oldest first, from offset, at most limit. */
    Slice page(Instant from, Instant to, int offset, int limit);

    record Slice(List<Location> items, int total) {
    }

    static boolean inWindow(Instant t, Instant from, Instant to) {
        return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
    }
}
