package io.connect.ocpi.model;

/** OCPI EVSE Status. */
public enum EvseStatus {
    AVAILABLE, BLOCKED, CHARGING, INOPERATIVE, OUTOFORDER, PLANNED, REMOVED, RESERVED, UNKNOWN;

    /** Someone else is using the EVSE (as opposed to the EVSE not working). */
    public boolean occupied() {
        return this == BLOCKED || this == CHARGING || this == RESERVED;
    }

    /** The status named by an OCPI value, null for null or an unknown value. */
    public static EvseStatus parse(String value) {
        if (value == null) {
            return null;
        }
        for (EvseStatus s : values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
