package io.connect.charging.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.connect.charging.domain.SessionState.ACTIVE;
import static io.connect.charging.domain.SessionState.COMPLETED;
import static io.connect.charging.domain.SessionState.FAILED;
import static io.connect.charging.domain.SessionState.STARTING;
import static io.connect.charging.domain.SessionState.STOPPING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionStateTest {

    @Test
    void theHappyPathIsAllowed() {
        assertEquals(ACTIVE, STARTING.moveTo(ACTIVE));
        assertEquals(STOPPING, ACTIVE.moveTo(STOPPING));
        assertEquals(COMPLETED, STOPPING.moveTo(COMPLETED));
    }

    @Test
    void onlyAnOpenSessionCanFail() {
        // STARTING: the start did not happen; ACTIVE/STOPPING: the watchdog gave up waiting for the CPO
        for (SessionState s : new SessionState[]{STARTING, ACTIVE, STOPPING}) {
            assertTrue(s.canMoveTo(FAILED), s + " -> FAILED");
        }
        for (SessionState s : new SessionState[]{COMPLETED, FAILED}) {
            assertFalse(s.canMoveTo(FAILED), s + " -> FAILED");
        }
    }

    @Test
    void completedIsFinal() {
        for (SessionState target : SessionState.values()) {
            assertThrows(SessionState.IllegalTransitionException.class, () -> COMPLETED.moveTo(target));
        }
    }

    @Test
    void noWayBackToStarting() {
        for (SessionState s : SessionState.values()) {
            assertFalse(s.canMoveTo(STARTING), s + " -> STARTING");
        }
    }

    @Test
    void aRefusedStopReturnsToActiveAndACdrCompletesFromAnyLiveOrTimedOutState() {
        assertTrue(STOPPING.canMoveTo(ACTIVE));
        assertTrue(ACTIVE.canMoveTo(COMPLETED));
        assertTrue(STARTING.canMoveTo(COMPLETED));
        assertTrue(FAILED.canMoveTo(COMPLETED));
        assertFalse(FAILED.canMoveTo(ACTIVE), "a late session after a timeout is recorded, not revived");
        assertFalse(STARTING.canMoveTo(STOPPING), "a stop needs the CPO's session");
    }

    @Test
    void openStatesAreTheActiveOnes() {
        assertTrue(STARTING.isOpen());
        assertTrue(ACTIVE.isOpen());
        assertTrue(STOPPING.isOpen());
        assertFalse(COMPLETED.isOpen());
        assertFalse(FAILED.isOpen());
    }

    @Test
    void stopChecksNameTheReason() {
        assertEquals(StopCheck.ALLOWED, StopCheck.of(ACTIVE, "cpo-1"));
        assertEquals(StopCheck.NOT_STARTED_YET, StopCheck.of(ACTIVE, null));
        assertEquals(StopCheck.NOT_STARTED_YET, StopCheck.of(STARTING, "cpo-1"));
        assertEquals(StopCheck.ALREADY_STOPPED, StopCheck.of(STOPPING, "cpo-1"));
        assertEquals(StopCheck.ALREADY_STOPPED, StopCheck.of(COMPLETED, "cpo-1"));
        assertEquals(StopCheck.ALREADY_STOPPED, StopCheck.of(FAILED, null));
    }

    @Test
    void progressNeverGoesBackwards() {
        BigDecimal five = new BigDecimal("5.000");
        assertEquals(five, SessionProgress.energy(five, new BigDecimal("4.2")));
        assertEquals(new BigDecimal("6.1"), SessionProgress.energy(five, new BigDecimal("6.1")));
        assertEquals(five, SessionProgress.energy(five, null));
        assertEquals(five, SessionProgress.energy(five, new BigDecimal("-1")));
        assertEquals(120, SessionProgress.duration(120, 60L));
        assertEquals(180, SessionProgress.duration(120, 180L));
        assertEquals(120, SessionProgress.duration(120, null));
    }

    @Test
    void commandOutcomesMapToThePartnersErrors() {
        assertTrue(CommandOutcome.parse("accepted").accepted());
        assertTrue(CommandOutcome.parse("EVSE_OCCUPIED").stationUnavailable());
        assertTrue(CommandOutcome.parse("EVSE_INOPERATIVE").stationUnavailable());
        assertFalse(CommandOutcome.parse("REJECTED").stationUnavailable());
        assertEquals(CommandOutcome.FAILED, CommandOutcome.parse("SOMETHING_NEW"));
        assertTrue(CommandOutcome.TIMEOUT.mayStillStart());
    }
}
