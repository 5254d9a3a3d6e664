package io.connect.charging.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.client.StationClient.EvseSnapshot;
import io.connect.charging.config.Json;
import io.connect.charging.messaging.SessionEvents;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.connect.charging.persistence.OcpiCommand;
import io.connect.charging.persistence.OcpiCommandRepository;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every state change of a session, each in its own transaction with the event it causes (outbox). Sessions
 * are locked (SELECT ... FOR UPDATE) before a change, so a CPO callback and a timing-out start cannot both
 * decide the same session.
 */
@ApplicationScoped
public class SessionLifecycle {

    private static final Logger LOG = Logger.getLogger(SessionLifecycle.class);

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    OcpiCommandRepository commands;

    @Inject
    SessionEvents events;

    @Inject
    Json json;

    @Inject
    StartSignals signals;

    @Transactional
    public boolean hasOpenSession(UUID userId) {
        return sessions.hasOpenSession(userId);
    }

    /** Inserts the session STARTING; the partial unique index turns a concurrent second start into a 409. */
    @Transactional
    public ChargingSession createStarting(UUID userId, String partnerId, String paymentMethodId, EvseSnapshot evse) {
        ChargingSession s = new ChargingSession();
        s.id = UUID.randomUUID();
        s.userId = userId;
        s.partnerId = partnerId;
        s.evseId = evse.evseId();
        s.evseUid = evse.evseUid();
        s.locationId = evse.locationId();
        s.connectorId = evse.connectorId();
        s.cpoKey = evse.cpoKey();
        s.cpoCountryCode = evse.countryCode();
        s.cpoPartyId = evse.partyId();
        s.paymentMethodId = paymentMethodId;
        s.state = SessionState.STARTING;
        s.stationInfo = json.write(evse.stationInfo());
        s.isPartner = Boolean.TRUE.equals(evse.isPartner());
        s.logoUrl = evse.logoUrl();
        JsonNode tariff = evse.tariffSnapshot();
        s.tariffSnapshot = json.write(tariff);
        s.userFacingSessionPrices = tariff == null ? null : json.write(tariff.get("user_facing_session_prices"));
        try {
            sessions.persistAndFlush(s);
        } catch (PersistenceException e) {
            if (String.valueOf(rootMessage(e)).contains("charging_session_one_open_per_user")) {
                throw alreadyCharging();
            }
            throw e;
        }
        return s;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    public static ApiException alreadyCharging() {
        return new ApiException(409, "Charging Error", ErrorType.ALREADY_CHARGING,
                "The user already has a charging session that is starting, active or stopping.");
    }

    @Transactional
    public void recordPreAuthorization(UUID sessionId, Object preAuthorization) {
        sessions.lock(sessionId).orElseThrow().preAuthorization = json.write(preAuthorization);
    }

    @Transactional
    public OcpiCommand newCommand(UUID sessionId, String type) {
        OcpiCommand c = new OcpiCommand();
        c.uid = UUID.randomUUID();
        c.sessionId = sessionId;
        c.type = type;
        c.createdAt = ChargingSession.now();
        commands.persist(c);
        return c;
    }

    /**
     * Settles a start: ACCEPTED makes the session ACTIVE (SessionStarted), anything else FAILED (SessionFailed).
     * A session already past STARTING keeps its state (the CPO's session update or another replica decided).
     * NO_ANSWER first looks whether the CommandResult was recorded by another replica.
     */
    @Transactional
    public StartEnd finishStart(UUID sessionId, UUID commandUid, CommandOutcome outcome) {
        ChargingSession s = sessions.lock(sessionId).orElseThrow();
        if (outcome == CommandOutcome.NO_ANSWER && commandUid != null) {
            outcome = commands.findByIdOptional(commandUid).map(c -> c.result).map(CommandOutcome::parse)
                    .orElse(outcome);
        }
        if (s.state != SessionState.STARTING) {
            return new StartEnd(s, false);
        }
        if (outcome.accepted()) {
            activate(s);
            return new StartEnd(s, false);
        }
        failNow(s, outcome.name());
        return new StartEnd(s, true);
    }

    /** Fails a session that is still STARTING. @return true when this call failed it */
    @Transactional
    public boolean fail(UUID sessionId, String reason) {
        ChargingSession s = sessions.lock(sessionId).orElseThrow();
        if (s.state != SessionState.STARTING) {
            return false;
        }
        failNow(s, reason);
        return true;
    }

    /**
     * The watchdog's sweep: fails stale open sessions (locked, SKIP LOCKED) with SessionFailed; those holding a
     * pre-authorisation are marked {@code release_pending} in the same transaction, so the release is retried
     * until payment-service confirms it even if this process dies right after the commit.
     * @return the sessions failed
     */
    @Transactional
    public List<UUID> failStale(OffsetDateTime startedBefore, OffsetDateTime quietSince, int limit) {
        List<UUID> failed = new ArrayList<>();
        for (UUID id : sessions.lockStale(startedBefore, quietSince, limit)) {
            ChargingSession s = sessions.findById(id);
            String reason = s.state == SessionState.STARTING ? STARTING_TIMEOUT : NO_CDR;
            if (s.state == SessionState.STARTING) {
                signals.sessionSettled(s.id); // a start still waiting somewhere answers now, not at its timeout
            }
            s.releasePending = s.preAuthorization != null;
            failNow(s, reason);
            failed.add(id);
        }
        return failed;
    }

    public static final String STARTING_TIMEOUT = "STARTING_TIMEOUT";
    public static final String NO_CDR = "NO_CDR";

    @Transactional
    public void markReleasePending(UUID sessionId, boolean pending) {
        sessions.findByIdOptional(sessionId).ifPresent(s -> s.releasePending = pending);
    }

    /** STARTING → ACTIVE inside the caller's transaction, with SessionStarted. */
    public void activate(ChargingSession s) {
        s.moveTo(SessionState.ACTIVE);
        if (s.startTime == null) {
            s.startTime = ChargingSession.now();
        }
        events.started(s);
    }

    private void failNow(ChargingSession s, String reason) {
        s.moveTo(SessionState.FAILED);
        s.failureReason = reason;
        s.endTime = ChargingSession.now();
        events.failed(s);
        LOG.infof("session %s failed: %s", s.id, reason);
    }

    /** ACTIVE → STOPPING before STOP_SESSION goes out, so a second stop sees already_stopped. */
    @Transactional
    public StopTicket beginStop(UUID userId, String partnerId, UUID sessionId) {
        ChargingSession s = sessions.lockOwned(userId, partnerId, sessionId)
                .orElseThrow(() -> ApiException.notFound("Charging session"));
        switch (StopCheck.of(s.state, s.cpoSessionId)) {
            case ALREADY_STOPPED -> throw new ApiException(409, "Charging Error", ErrorType.ALREADY_STOPPED,
                    "The charging session is already " + s.state.name().toLowerCase(java.util.Locale.ROOT) + ".");
            case NOT_STARTED_YET -> throw new ApiException(409, "Charging Error", ErrorType.TEMPORARY_LOCKED,
                    "The charging session is still starting: the charge point has not confirmed it yet. "
                            + "Try again in a few seconds.");
            case ALLOWED -> {
            }
        }
        s.moveTo(SessionState.STOPPING);
        OcpiCommand command = newCommand(s.id, "STOP_SESSION");
        return new StopTicket(s.id, s.cpoSessionId, command.uid, s.cpoKey);
    }

    public record StopTicket(UUID sessionId, String cpoSessionId, UUID commandUid, String cpoKey) {
    }

    /**
     * In the caller's transaction, for a session we failed that the CPO reports ACTIVE all the same: a
     * STOP_SESSION to send once committed, the first time only (every later update finds the command).
     */
    public Optional<StopTicket> orphanStop(ChargingSession s) {
        if (s.cpoSessionId == null || commands.count("sessionId = ?1 and type = ?2", s.id, "STOP_SESSION") > 0) {
            return Optional.empty();
        }
        return Optional.of(new StopTicket(s.id, s.cpoSessionId, newCommand(s.id, "STOP_SESSION").uid, s.cpoKey));
    }

    /** The CPO did not stop: the session is ACTIVE again and the user may retry. */
    @Transactional
    public void revertStop(UUID sessionId) {
        ChargingSession s = sessions.lock(sessionId).orElseThrow();
        if (s.state == SessionState.STOPPING) {
            s.moveTo(SessionState.ACTIVE);
        }
    }

    @Transactional
    public Optional<ChargingSession> findOwned(UUID userId, String partnerId, UUID sessionId) {
        return sessions.findOwned(userId, partnerId, sessionId);
    }
}
