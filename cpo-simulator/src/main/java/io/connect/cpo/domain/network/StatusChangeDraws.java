package io.connect.cpo.domain.network;

import io.connect.ocpi.model.EvseStatus;
import java.util.List;

/**
 * The seeded stream behind RandomStatusChanges: each draw names a generated location, picks one of its EVSEs and
 * a new status. Depends on the seed and the network's size only, so a run replays the same draws.
 */
final class StatusChangeDraws {

    private static final long STREAM = 11;
    private static final List<EvseStatus> TARGETS = List.of(EvseStatus.AVAILABLE, EvseStatus.AVAILABLE,
            EvseStatus.AVAILABLE, EvseStatus.AVAILABLE, EvseStatus.AVAILABLE, EvseStatus.AVAILABLE, EvseStatus.BLOCKED,
            EvseStatus.RESERVED, EvseStatus.OUTOFORDER, EvseStatus.INOPERATIVE, EvseStatus.UNKNOWN);

    /** {@code evsePick} modulo the location's EVSE count gives the EVSE. */
    record Draw(String locationId, int evsePick, EvseStatus target) {
    }

    private final Rng random;
    private final int size;

    StatusChangeDraws(long seed, int size) {
        this.random = Rng.of(seed, STREAM, 0);
        this.size = size;
    }

    Draw next() {
        String locationId = EuropeNetwork.locationId(random.nextInt(size));
        int evsePick = random.nextInt(1 << 16);
        return new Draw(locationId, evsePick, random.pick(TARGETS));
    }
}
