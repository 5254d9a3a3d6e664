package io.connect.cpo.domain.network;

import io.connect.ocpi.model.Location;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A generated network served without holding it: untouched locations are recomputed from the seed on every read;
 * only locations that changed (an EVSE status) are kept, by index. A page merges the untouched ones, already in
 * OCPI order by index, with the changed ones sorted by their new last_updated.
 */
public final class GeneratedLocationBook implements LocationBook {

    private final EuropeNetwork network;
    private final Map<Integer, Location> changed = new ConcurrentHashMap<>();
    /** Locations added at run time whose ids are not the generator's, and their EVSE ids. */
    private final Map<String, Location> added = new ConcurrentHashMap<>();
    private final Map<String, String> addedByEvseId = new ConcurrentHashMap<>();
    private final long evseCount;

    public GeneratedLocationBook(EuropeNetwork network) {
        this.network = network;
        long evses = 0;
        for (int i = 0; i < network.size(); i++) {
            evses += network.location(i).evsesOrEmpty().size();
        }
        this.evseCount = evses;
    }

    @Override
    public int size() {
        return network.size() + added.size();
    }

    @Override
    public long evseCount() {
        return evseCount;
    }

    @Override
    public Location get(String locationId) {
        int index = network.indexOf(locationId);
        return index >= 0 ? current(index) : locationId == null ? null : added.get(locationId);
    }

    @Override
    public Location byEvseId(String evseId) {
        int index = network.indexOfEvseId(evseId);
        if (index < 0) {
            String addedId = evseId == null ? null : addedByEvseId.get(evseId);
            return addedId == null ? null : added.get(addedId);
        }
        Location location = current(index);
        boolean holds = location.evsesOrEmpty().stream().anyMatch(e -> evseId.equals(e.evseId()));
        return holds ? location : null;
    }

    @Override
    public Location update(String locationId, UnaryOperator<Location> change) {
        int index = network.indexOf(locationId);
        if (index < 0) {
            return added.computeIfPresent(locationId, (id, location) -> change.apply(location));
        }
        Location[] result = new Location[1];
        changed.compute(index, (i, kept) -> {
            Location before = kept != null ? kept : network.location(i);
            Location after = change.apply(before);
            result[0] = after;
            return after == before && kept == null ? null : after;
        });
        return result[0];
    }

    @Override
    public void put(Location location) {
        int index = network.indexOf(location.id());
        if (index >= 0) {
            changed.put(index, location);
            return;
        }
        added.put(location.id(), location);
        location.evsesOrEmpty().stream().filter(e -> e.evseId() != null)
                .forEach(e -> addedByEvseId.put(e.evseId(), location.id()));
    }

    /**
     * Generated locations come in index order whether or not they changed (a change never shifts the offsets of a
     * sync in progress, so a full pull misses nothing), then the added ones oldest first. Untouched locations are
     * in the window when their index is (last_updated grows with it); changed ones by their new last_updated.
     */
    @Override
    public Slice page(Instant from, Instant to, int offset, int limit) {
        int lo = from == null ? 0 : network.firstIndexAtOrAfter(from);
        int hi = Math.max(lo, to == null ? network.size() : network.firstIndexAtOrAfter(to));
        Map<Integer, Location> changedNow = Map.copyOf(changed);
        int[] moved = changedNow.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] changedInWindow = changedNow.entrySet().stream()
                .filter(e -> LocationBook.inWindow(e.getValue().lastUpdated(), from, to))
                .mapToInt(Map.Entry::getKey).sorted().toArray();
        List<Location> addedInWindow = added.values().stream()
                .filter(l -> LocationBook.inWindow(l.lastUpdated(), from, to)).sorted(OCPI_ORDER).toList();
        int generated = (hi - lo - countBetween(moved, lo, hi)) + changedInWindow.length;
        int total = generated + addedInWindow.size();
        List<Location> items = new ArrayList<>();
        long end = Math.min((long) offset + limit, total);
        if (offset < generated) {
            int index = firstWithRank(offset, lo, hi, moved, changedInWindow);
            for (int position = offset; position < Math.min(end, generated); position++) {
                items.add(changedNow.containsKey(index) ? changedNow.get(index) : network.location(index));
                index = nextMember(index + 1, lo, hi, moved, changedInWindow);
            }
        }
        for (long position = Math.max(offset, generated); position < end; position++) {
            items.add(addedInWindow.get((int) (position - generated)));
        }
        return new Slice(items, total);
    }

    /** How many generated members come before {@code index}: untouched ones in [lo, hi) plus changed ones in window. */
    private static long rank(int index, int lo, int hi, int[] moved, int[] changedInWindow) {
        int top = Math.min(index, hi);
        long untouched = top <= lo ? 0 : (top - lo) - countBetween(moved, lo, top);
        return untouched + lowerBound(changedInWindow, index);
    }

    /** The member with {@code rank} members before it (binary search over indices). */
    private int firstWithRank(int rank, int lo, int hi, int[] moved, int[] changedInWindow) {
        int low = 0;
        int high = network.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (rank(mid, lo, hi, moved, changedInWindow) <= rank) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return nextMember(low, lo, hi, moved, changedInWindow);
    }

    /** The first member at or after {@code index}, or the network size. */
    private int nextMember(int index, int lo, int hi, int[] moved, int[] changedInWindow) {
        int untouched = Math.max(index, lo);
        while (untouched < hi && Arrays.binarySearch(moved, untouched) >= 0) {
            untouched++;
        }
        if (untouched >= hi) {
            untouched = network.size();
        }
        int c = lowerBound(changedInWindow, index);
        int changedNext = c < changedInWindow.length ? changedInWindow[c] : network.size();
        return Math.min(untouched, changedNext);
    }

    private Location current(int index) {
        Location kept = changed.get(index);
        return kept != null ? kept : network.location(index);
    }

    private static int countBetween(int[] sorted, int lo, int hi) {
        int a = lowerBound(sorted, lo);
        int b = lowerBound(sorted, hi);
        return b - a;
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }
}
