package io.connect.charging.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a charging session. STARTING: START_SESSION sent; ACTIVE: the CPO accepted (or its session went
 * ACTIVE); STOPPING: STOP_SESSION accepted; COMPLETED: the CDR arrived; FAILED: the start did not happen,
 * or the CPO went silent (no update, no CDR) for longer than the watchdog waits.
 */
public enum SessionState {
    STARTING, ACTIVE, STOPPING, COMPLETED, FAILED;

    /** Where each state may go. */
    private Set<SessionState> next() {
        return switch (this) {
            case STARTING -> EnumSet.of(ACTIVE, FAILED, COMPLETED);
            // a CDR may arrive without a stop from us (the driver unplugged); FAILED: the watchdog gave up
            // waiting for any CPO update or CDR (SessionWatchdog)
            case ACTIVE -> EnumSet.of(STOPPING, COMPLETED, FAILED);
            // STOPPING -> ACTIVE when the CPO did not manage to stop: the user can try again
            case STOPPING -> EnumSet.of(ACTIVE, COMPLETED, FAILED);
            // a CDR for a start we gave up on (timeout) is still the CPO's final word: energy was delivered
            case FAILED -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.noneOf(SessionState.class);
        };
    }

    /** True for STARTING, ACTIVE and STOPPING: the session's {@code is_active} and the one-per-user rule. */
    public boolean isOpen() {
        return this == STARTING || this == ACTIVE || this == STOPPING;
    }

    public boolean canMoveTo(SessionState target) {
        return next().contains(target);
    }

    /** @return {@code target}, or throws when the move is not allowed from this state */
    public SessionState moveTo(SessionState target) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }

    public static class IllegalTransitionException extends IllegalStateException {
        public IllegalTransitionException(SessionState from, SessionState to) {
            super("a charging session cannot go from " + from + " to " + to);
        }
    }
}
