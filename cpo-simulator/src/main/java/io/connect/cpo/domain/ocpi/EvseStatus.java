package io.connect.cpo.domain.ocpi;

public enum EvseStatus {
    AVAILABLE, BLOCKED, CHARGING, INOPERATIVE, OUTOFORDER, PLANNED, REMOVED, RESERVED, UNKNOWN;

    /** Someone else is using the EVSE (as opposed to the EVSE not working). */
    public boolean occupied() {
        return this == BLOCKED || this == CHARGING || this == RESERVED;
    }
}
