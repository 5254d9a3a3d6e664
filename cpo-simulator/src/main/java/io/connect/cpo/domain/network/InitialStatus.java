package io.connect.cpo.domain.network;

import io.connect.ocpi.model.EvseStatus;

/** How EVSE statuses are spread in a generated network, at start and when they change at random. */
final class InitialStatus {

    private InitialStatus() {
    }

    static EvseStatus draw(Rng r) {
        double x = r.nextDouble();
        if (x < 0.70) {
            return EvseStatus.AVAILABLE;
        }
        if (x < 0.88) {
            return EvseStatus.CHARGING;
        }
        if (x < 0.91) {
            return EvseStatus.BLOCKED;
        }
        if (x < 0.93) {
            return EvseStatus.RESERVED;
        }
        if (x < 0.96) {
            return EvseStatus.OUTOFORDER;
        }
        if (x < 0.98) {
            return EvseStatus.INOPERATIVE;
        }
        return EvseStatus.UNKNOWN;
    }
}
