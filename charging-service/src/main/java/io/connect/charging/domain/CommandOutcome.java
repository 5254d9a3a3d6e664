package io.connect.charging.domain;

/**
 * How a START_SESSION ended for us: the CPO's CommandResult values, plus NO_ANSWER when our own wait ran out.
 * Maps each to what the session becomes and what the partner is told.
 */
public enum CommandOutcome {
    ACCEPTED, CANCELED_RESERVATION, EVSE_OCCUPIED, EVSE_INOPERATIVE, FAILED, NOT_SUPPORTED, REJECTED, TIMEOUT,
    UNKNOWN_RESERVATION, UNKNOWN_SESSION, NO_ANSWER;

    public static CommandOutcome parse(String value) {
        if (value == null) {
            return FAILED;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return FAILED;
        }
    }

    public boolean accepted() {
        return this == ACCEPTED;
    }

    /** The charge point itself is busy or broken (409 station_availability_issue), not the provider (424). */
    public boolean stationUnavailable() {
        return this == EVSE_OCCUPIED || this == EVSE_INOPERATIVE;
    }

    /** A late session may still turn up after these: OCPI issue #475. */
    public boolean mayStillStart() {
        return this == TIMEOUT || this == NO_ANSWER;
    }
}
