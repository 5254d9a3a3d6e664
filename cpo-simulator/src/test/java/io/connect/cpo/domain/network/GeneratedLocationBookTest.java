package io.connect.cpo.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The computed book must page like a plain list of the same locations: generated ones in index order (changed or
 * not, so a sync in progress never skips one), then added ones oldest first, each filtered by its last_updated.
 */
class GeneratedLocationBookTest {

    private static final int SIZE = 700;
    private final EuropeNetwork network = new EuropeNetwork(5, SIZE, Cities.load());
    private final GeneratedLocationBook generated = new GeneratedLocationBook(network);
    private final MapLocationBook plain = new MapLocationBook(
            IntStream.range(0, SIZE).mapToObj(network::location).toList());

    @Test
    void pagesMatchTheInMemoryBookBeforeAndAfterChanges() {
        assertSamePages();
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        for (int index : new int[] {0, 3, 4, 350, 699, 3}) {
            String id = EuropeNetwork.locationId(index);
            Evse first = network.location(index).evses().get(0);
            Instant at = now.plusSeconds(index);
            generated.update(id, l -> l.withEvse(first.withStatus(EvseStatus.OUTOFORDER, at)));
            plain.update(id, l -> l.withEvse(first.withStatus(EvseStatus.OUTOFORDER, at)));
        }
        // a change dated inside the generated range (not the usual case) must still be merged in order
        String early = EuropeNetwork.locationId(10);
        Instant inside = EuropeNetwork.BASE_TIME.plusSeconds(200).plusMillis(500);
        Evse evse = network.location(10).evses().get(0);
        generated.update(early, l -> l.withEvse(evse.withStatus(EvseStatus.BLOCKED, inside)));
        plain.update(early, l -> l.withEvse(evse.withStatus(EvseStatus.BLOCKED, inside)));
        Location copy = new Location("DE", "VLT", "bench-00001-x", true, "copy", "Street 1", "Worms", "67547", null,
                "DEU", network.location(1).coordinates(), null, List.of(new Evse("B-1", "DE*VLT*EBENCH00001*1",
                "AVAILABLE", null, network.location(1).evses().get(0).connectors(), now)), null, null,
                "Europe/Berlin", null, null, now);
        generated.put(copy);
        plain.put(copy);
        assertSamePages();
        assertEquals(SIZE + 1, generated.size());
        assertSame(copy, generated.byEvseId("DE*VLT*EBENCH00001*1"));
        assertEquals("OUTOFORDER", generated.get(EuropeNetwork.locationId(350)).evses().get(0).status());
    }

    @Test
    void anUnchangedUpdateKeepsNothingAndUnknownIdsAreNull() {
        String id = EuropeNetwork.locationId(42);
        Location before = generated.get(id);
        assertEquals(before, generated.update(id, l -> l));
        assertEquals(id, generated.page(null, null, 42, 1).items().get(0).id());
        assertNull(generated.get("EU00000700"));
        assertNull(generated.update("nope", l -> l));
        assertNull(generated.byEvseId(before.evses().get(0).evseId().replace("*1", "*99")));
        assertNotNull(generated.byEvseId(before.evses().get(0).evseId()));
    }

    private void assertSamePages() {
        List<Instant> bounds = Arrays.asList(null, EuropeNetwork.BASE_TIME, EuropeNetwork.BASE_TIME.plusSeconds(1),
                EuropeNetwork.BASE_TIME.plusSeconds(199).plusMillis(1), EuropeNetwork.BASE_TIME.plusSeconds(650),
                Instant.parse("2026-11-27T12:00:00Z"), Instant.parse("2026-11-27T12:05:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"));
        for (Instant from : bounds) {
            for (Instant to : bounds) {
                List<Location> all = expected(from, to);
                for (int[] window : new int[][] {{0, 100}, {0, 1000}, {95, 10}, {345, 100}, {690, 50}, {698, 5},
                        {2000, 5}}) {
                    LocationBook.Slice a = generated.page(from, to, window[0], window[1]);
                    String what = "from " + from + " to " + to + " at " + Arrays.toString(window);
                    assertEquals(all.size(), a.total(), what);
                    List<Location> want = all.subList(Math.min(window[0], all.size()),
                            Math.min(window[0] + window[1], all.size()));
                    assertEquals(want.stream().map(Location::id).toList(),
                            a.items().stream().map(Location::id).toList(), what);
                    assertEquals(want, a.items(), what);
                }
            }
        }
    }

    /** The plain book's locations: generated ones by index, then added ones oldest first, in the window. */
    private List<Location> expected(Instant from, Instant to) {
        List<Location> out = new java.util.ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            Location l = plain.get(EuropeNetwork.locationId(i));
            if (LocationBook.inWindow(l.lastUpdated(), from, to)) {
                out.add(l);
            }
        }
        plain.page(from, to, 0, Integer.MAX_VALUE).items().stream()
                .filter(l -> network.indexOf(l.id()) < 0).forEach(out::add);
        return out;
    }
}
