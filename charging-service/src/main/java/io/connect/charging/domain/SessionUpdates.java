package io.connect.charging.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.connect.charging.config.Json;
import io.connect.charging.messaging.SessionEvents;
import io.connect.ocpi.transport.OcpiException;
import io.connect.charging.ocpi.OcpiSession;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The CPO's Session pushes (PUT, then PATCHes). Updates never move a session backwards: an update older than
 * the newest applied is ignored, energy and duration only grow. A session the CPO reports ACTIVE settles a
 * start that is still waiting.
 */
@ApplicationScoped
public class SessionUpdates {

    private static final Logger LOG = Logger.getLogger(SessionUpdates.class);

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    SessionEvents events;

    @Inject
    CommandWaiters waiters;

    @Inject
    StartSignals signals;

    @Inject
    StopFlow stops;

    @Inject
    Json json;

    public void put(String cc, String pid, String cpoSessionId, OcpiSession body) {
        if (body.id() != null && !body.id().equals(cpoSessionId)) {
            throw OcpiException.invalid("the session id in the body does not match the URL");
        }
        Applied applied = QuarkusTransaction.requiringNew().call(() -> {
            ChargingSession s = byReference(body.authorizationReference(), cc, pid)
                    .or(() -> sessions.lockByCpoSession(cc, pid, cpoSessionId))
                    .orElseThrow(() -> OcpiException.unknown("no session with this authorization_reference"));
            return apply(s, cc, pid, cpoSessionId, body, true);
        });
        afterCommit(applied);
    }

    /** What an update did that must be followed up once committed. */
    private record Applied(UUID activated, SessionLifecycle.StopTicket orphanStop) {
        static final Applied NOTHING = new Applied(null, null);
    }

    private void afterCommit(Applied applied) {
        if (applied.activated() != null) {
            waiters.completeForSession(applied.activated(), CommandOutcome.ACCEPTED);
        }
        if (applied.orphanStop() != null) {
            stops.stopOrphan(applied.orphanStop());
        }
    }

    public void patch(String cc, String pid, String cpoSessionId, OcpiSession body) {
        Applied applied = QuarkusTransaction.requiringNew().call(() -> {
            ChargingSession s = sessions.lockByCpoSession(cc, pid, cpoSessionId)
                    .or(() -> byReference(body.authorizationReference(), cc, pid))
                    .orElseThrow(() -> OcpiException.unknown("unknown session " + cpoSessionId));
            return apply(s, cc, pid, cpoSessionId, body, false);
        });
        afterCommit(applied);
    }

    /** Our session id is the authorization_reference of our START_SESSION; it must be this CPO's. */
    Optional<ChargingSession> byReference(String reference, String cc, String pid) {
        UUID id;
        try {
            id = reference == null ? null : UUID.fromString(reference);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return id == null ? Optional.empty() : sessions.lock(id).filter(s -> sameParty(s, cc, pid));
    }

    static boolean sameParty(ChargingSession s, String cc, String pid) {
        return (s.cpoCountryCode == null || s.cpoCountryCode.equalsIgnoreCase(cc))
                && (s.cpoPartyId == null || s.cpoPartyId.equalsIgnoreCase(pid));
    }

    private Applied apply(ChargingSession s, String cc, String pid, String cpoSessionId, OcpiSession b,
                                 boolean replace) {
        if (s.state == SessionState.COMPLETED) {
            return Applied.NOTHING; // the CDR is final
        }
        if (b.lastUpdated() != null && s.cpoLastUpdated != null && b.lastUpdated().isBefore(s.cpoLastUpdated)) {
            LOG.debugf("session %s: ignored an update older than the last applied one", s.id);
            return Applied.NOTHING;
        }
        if (b.lastUpdated() != null) {
            s.cpoLastUpdated = micros(b.lastUpdated());
        }
        s.cpoSessionId = cpoSessionId;
        s.cpoCountryCode = s.cpoCountryCode == null ? cc : s.cpoCountryCode;
        s.cpoPartyId = s.cpoPartyId == null ? pid : s.cpoPartyId;
        mergePeriods(s, b.chargingPeriods(), replace);
        if (b.startDateTime() != null && (s.startTime == null || "ACTIVE".equals(b.status()))) {
            s.startTime = micros(b.startDateTime());
        }
        BigDecimal energy = SessionProgress.energy(s.consumedEnergy, b.kwh());
        int duration = SessionProgress.duration(s.duration, seconds(s, b));
        boolean changed = energy.compareTo(s.consumedEnergy) != 0 || duration != s.duration;
        s.consumedEnergy = energy;
        s.duration = duration;

        UUID activated = null;
        SessionLifecycle.StopTicket orphanStop = null;
        if ("ACTIVE".equals(b.status()) && s.state == SessionState.STARTING) {
            lifecycle.activate(s);
            signals.sessionSettled(s.id);
            activated = s.id;
        } else if ("ACTIVE".equals(b.status()) && s.state == SessionState.FAILED) {
            // OCPI issue #475: a session can follow a TIMEOUT. It is not revived (the user was told the start
            // failed, the hold is released, they may have started elsewhere): the charger is told to stop, and
            // the CDR that follows still completes the session with what was delivered.
            LOG.warnf("session %s: the CPO reports it ACTIVE although we failed it (%s); stopping it", s.id,
                    s.failureReason);
            orphanStop = lifecycle.orphanStop(s).orElse(null);
        }
        if (changed && s.state.isOpen()) {
            events.progress(s);
        }
        return new Applied(activated, orphanStop);
    }

    private void mergePeriods(ChargingSession s, JsonNode periods, boolean replace) {
        if (periods == null || !periods.isArray()) {
            return;
        }
        ArrayNode merged = json.mapper().createArrayNode();
        JsonNode stored = json.tree(s.chargingPeriods);
        if (!replace && stored != null && stored.isArray()) {
            merged.addAll((ArrayNode) stored);
        }
        merged.addAll((ArrayNode) periods);
        s.chargingPeriods = json.write(merged);
    }

    /** (end, last_updated or now) − start; without a start, the sum of the TIME dimensions. */
    private Long seconds(ChargingSession s, OcpiSession b) {
        OffsetDateTime start = s.startTime;
        if (start != null) {
            OffsetDateTime until = b.endDateTime() != null ? b.endDateTime()
                    : b.lastUpdated() != null ? b.lastUpdated() : ChargingSession.now();
            return Duration.between(start, until).getSeconds();
        }
        JsonNode periods = json.tree(s.chargingPeriods);
        if (periods == null || !periods.isArray()) {
            return null;
        }
        BigDecimal hours = BigDecimal.ZERO;
        for (JsonNode period : periods) {
            for (JsonNode dim : period.path("dimensions")) {
                if ("TIME".equals(dim.path("type").asText()) && dim.path("volume").isNumber()) {
                    hours = hours.add(dim.path("volume").decimalValue());
                }
            }
        }
        return hours.multiply(BigDecimal.valueOf(3600)).longValue();
    }

    static OffsetDateTime micros(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }
}
