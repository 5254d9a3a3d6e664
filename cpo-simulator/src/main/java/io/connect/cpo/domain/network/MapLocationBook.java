package io.connect.cpo.domain.network;

import io.connect.ocpi.model.Location;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** A small network held in memory as it is; pages are sorted on request. */
public final class MapLocationBook implements LocationBook {

    private final Map<String, Location> locations = new ConcurrentHashMap<>();
    /** evse_id → location id (EVSE ids do not move between locations here). */
    private final Map<String, String> locationOfEvseId = new ConcurrentHashMap<>();

    public MapLocationBook(Collection<Location> all) {
        all.forEach(this::put);
    }

    @Override
    public int size() {
        return locations.size();
    }

    @Override
    public long evseCount() {
        return locations.values().stream().mapToLong(l -> l.evsesOrEmpty().size()).sum();
    }

    @Override
    public Location get(String locationId) {
        return locationId == null ? null : locations.get(locationId);
    }

    @Override
    public Location byEvseId(String evseId) {
        String locationId = evseId == null ? null : locationOfEvseId.get(evseId);
        return locationId == null ? null : locations.get(locationId);
    }

    @Override
    public Location update(String locationId, UnaryOperator<Location> change) {
        return locations.computeIfPresent(locationId, (id, location) -> change.apply(location));
    }

    @Override
    public void put(Location location) {
        locations.put(location.id(), location);
        location.evsesOrEmpty().stream().filter(e -> e.evseId() != null)
                .forEach(e -> locationOfEvseId.put(e.evseId(), location.id()));
    }

    @Override
    public Slice page(Instant from, Instant to, int offset, int limit) {
        List<Location> matching = locations.values().stream()
                .filter(l -> LocationBook.inWindow(l.lastUpdated(), from, to))
                .sorted(OCPI_ORDER)
                .toList();
        return new Slice(matching.subList(Math.min(offset, matching.size()),
                (int) Math.min((long) offset + limit, matching.size())), matching.size());
    }
}
