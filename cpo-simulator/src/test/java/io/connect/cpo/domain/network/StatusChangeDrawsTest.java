package io.connect.cpo.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connect.ocpi.model.EvseStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The random status changes of the generated network come from the seed alone. */
class StatusChangeDrawsTest {

    private static List<StatusChangeDraws.Draw> first(int count, long seed, int size) {
        StatusChangeDraws draws = new StatusChangeDraws(seed, size);
        return Stream.generate(draws::next).limit(count).toList();
    }

    @Test
    void theSameSeedDrawsTheSameChangesAndAnotherSeedDoesNot() {
        List<StatusChangeDraws.Draw> run = first(1_000, 42, 5_000);

        assertEquals(run, first(1_000, 42, 5_000));
        assertNotEquals(run, first(1_000, 43, 5_000));
    }

    @Test
    void drawsSpreadOverTheNetworkAndEveryTargetStatusButCharging() {
        List<StatusChangeDraws.Draw> run = first(1_000, 42, 5_000);

        Set<String> locations = run.stream().map(StatusChangeDraws.Draw::locationId).collect(Collectors.toSet());
        assertTrue(locations.size() > 800, "distinct locations: " + locations.size());
        assertTrue(locations.stream().allMatch(id -> id.compareTo(EuropeNetwork.locationId(5_000)) < 0), "within the network");
        Set<EvseStatus> targets = run.stream().map(StatusChangeDraws.Draw::target).collect(Collectors.toSet());
        assertEquals(Set.of(EvseStatus.AVAILABLE, EvseStatus.BLOCKED, EvseStatus.RESERVED, EvseStatus.OUTOFORDER,
                EvseStatus.INOPERATIVE, EvseStatus.UNKNOWN), targets);
    }
}
