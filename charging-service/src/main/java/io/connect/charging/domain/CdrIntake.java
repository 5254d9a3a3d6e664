package io.connect.charging.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.config.Json;
import io.connect.charging.messaging.SessionEvents;
import io.connect.charging.metrics.ChargingMetrics;
import io.connect.charging.ocpi.OcpiCdr;
import io.connect.ocpi.transport.OcpiException;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/** A CDR completes its session (SessionCompleted, which billing turns into an invoice). Duplicates are ignored. */
@ApplicationScoped
public class CdrIntake {

    private static final Logger LOG = Logger.getLogger(CdrIntake.class);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    SessionUpdates updates;

    @Inject
    SessionEvents events;

    @Inject
    CommandWaiters waiters;

    @Inject
    StartSignals signals;

    @Inject
    Json json;

    @Inject
    ChargingMetrics metrics;

    /** @return the CDR id (for the Location header) */
    public String receive(JsonNode raw) {
        OcpiCdr cdr = json.convert(raw, OcpiCdr.class);
        if (cdr == null || cdr.id() == null || cdr.id().isBlank()) {
            throw OcpiException.invalid("the CDR has no id");
        }
        if (cdr.totalEnergy() == null || cdr.totalTime() == null || cdr.endDateTime() == null) {
            throw OcpiException.invalid("total_energy, total_time and end_date_time are required");
        }
        Optional<UUID> completed = QuarkusTransaction.requiringNew().call(() -> apply(cdr, raw));
        // a start still waiting for its CommandResult is settled too (it sees COMPLETED and answers with it)
        completed.ifPresent(id -> waiters.completeForSession(id, CommandOutcome.ACCEPTED));
        return cdr.id();
    }

    private Optional<UUID> apply(OcpiCdr cdr, JsonNode raw) {
        if (sessions.findByCdrId(cdr.id()).isPresent()) {
            LOG.infof("CDR %s received again, ignored", cdr.id());
            return Optional.empty();
        }
        ChargingSession s = updates.byReference(cdr.authorizationReference(), cdr.countryCode(), cdr.partyId())
                .or(() -> cdr.sessionId() == null ? Optional.empty()
                        : sessions.lockByCpoSession(cdr.countryCode(), cdr.partyId(), cdr.sessionId()))
                .orElseThrow(() -> OcpiException.unknown("no session matches this CDR"));
        if (s.cdrId != null) {
            LOG.warnf("session %s already has CDR %s; CDR %s ignored", s.id, s.cdrId, cdr.id());
            return Optional.empty();
        }
        if (s.state == SessionState.FAILED) {
            LOG.warnf("session %s: CDR %s for a start we had failed (%s); completing it", s.id, cdr.id(),
                    s.failureReason);
        }
        if (s.state == SessionState.STARTING) {
            signals.sessionSettled(s.id);
        }
        s.moveTo(SessionState.COMPLETED);
        s.cdrId = cdr.id();
        s.cdr = json.write(raw);
        if (s.startTime == null && cdr.startDateTime() != null) {
            s.startTime = SessionUpdates.micros(cdr.startDateTime());
        }
        s.endTime = SessionUpdates.micros(cdr.endDateTime());
        s.cpoSessionId = s.cpoSessionId == null ? cdr.sessionId() : s.cpoSessionId;
        s.consumedEnergy = cdr.totalEnergy().setScale(3, RoundingMode.HALF_UP);
        s.duration = seconds(cdr.totalTime());
        s.parkingDuration = cdr.totalParkingTime() == null ? 0 : seconds(cdr.totalParkingTime());
        s.chargingDuration = Math.max(0, s.duration - s.parkingDuration);
        events.completed(s);
        metrics.energyDelivered(s.consumedEnergy);
        return Optional.of(s.id);
    }

    private static int seconds(BigDecimal hours) {
        return hours.multiply(SECONDS_PER_HOUR).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    public Optional<JsonNode> find(String cdrId) {
        return QuarkusTransaction.requiringNew().call(() -> sessions.findByCdrId(cdrId).map(s -> json.tree(s.cdr)));
    }
}
