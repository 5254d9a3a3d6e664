package io.connect.station.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The whole station's status from its (non-REMOVED) EVSE statuses: free when any EVSE is AVAILABLE; error when all
 * are OUTOFORDER/INOPERATIVE; busy when the EVSEs that are not broken are all CHARGING/BLOCKED/RESERVED;
 * otherwise unknown (UNKNOWN or PLANNED EVSEs and no AVAILABLE one, or no EVSE at all).
 */
public final class StationStatus {

    public static final String FREE = "free";
    public static final String BUSY = "busy";
    public static final String ERROR = "error";
    public static final String UNKNOWN = "unknown";

    private static final Set<String> BROKEN = Set.of("OUTOFORDER", "INOPERATIVE");
    private static final Set<String> OCCUPIED = Set.of("CHARGING", "BLOCKED", "RESERVED");

    private StationStatus() {
    }

    public static String of(Collection<String> evseStatuses) {
        List<String> visible = evseStatuses.stream().filter(s -> !"REMOVED".equals(s)).toList();
        if (visible.isEmpty()) {
            return UNKNOWN;
        }
        if (visible.contains("AVAILABLE")) {
            return FREE;
        }
        List<String> usable = visible.stream().filter(s -> !BROKEN.contains(s)).toList();
        if (usable.isEmpty()) {
            return ERROR;
        }
        return OCCUPIED.containsAll(usable) ? BUSY : UNKNOWN;
    }
}
