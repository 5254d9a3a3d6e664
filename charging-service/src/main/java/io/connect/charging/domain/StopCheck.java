package io.connect.charging.domain;

/** Whether a stop may be sent for a session, and if not, why (each reason has its own answer to the partner). */
public enum StopCheck {
    ALLOWED, ALREADY_STOPPED, NOT_STARTED_YET;

    public static StopCheck of(SessionState state, String cpoSessionId) {
        return switch (state) {
            case STOPPING, COMPLETED, FAILED -> ALREADY_STOPPED;
            case STARTING -> NOT_STARTED_YET;
            case ACTIVE -> cpoSessionId == null ? NOT_STARTED_YET : ALLOWED;
        };
    }
}
