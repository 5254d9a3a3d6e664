package io.connect.cpo.domain;

import io.connect.cpo.client.EmspClient;
import io.connect.cpo.client.PushQueue;
import io.connect.cpo.config.CpoConfig;
import io.connect.ocpi.model.Cdr;
import io.connect.ocpi.model.CdrLocation;
import io.connect.ocpi.model.CommandResponse;
import io.connect.ocpi.model.CommandResult;
import io.connect.ocpi.model.CommandResultType;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.DisplayText;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.SessionStatus;
import io.connect.ocpi.model.StartSession;
import io.connect.ocpi.model.StopSession;
import io.connect.ocpi.model.Tariff;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The chargers' side of remote start/stop: answers commands at once, acts on them after the EVSE's latency,
 * then drives the session (energy, progress PATCHes) and finishes it with a CDR. Nothing here blocks a
 * request thread: delays are timers, pushes are queued per session.
 */
@ApplicationScoped
public class ChargingSimulator {

    private static final Logger LOG = Logger.getLogger(ChargingSimulator.class);

    private final NetworkState state;
    private final BehaviourRegistry behaviours;
    private final EvseStatusPusher statuses;
    private final EmspClient client;
    private final PushQueue queue;
    private final CpoConfig config;
    private final Map<String, SimSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Cdr> cdrs = new ConcurrentHashMap<>();

    ChargingSimulator(NetworkState state, BehaviourRegistry behaviours, EvseStatusPusher statuses,
            EmspClient client, PushQueue queue, CpoConfig config) {
        this.state = state;
        this.behaviours = behaviours;
        this.statuses = statuses;
        this.client = client;
        this.queue = queue;
        this.config = config;
    }

    public CommandAnswer start(StartSession command) {
        Optional<EvseRef> found = state.evse(command.locationId(), command.evseUid());
        if (found.isEmpty()) {
            return rejected(2003, "Unknown location " + command.locationId() + " or EVSE " + command.evseUid());
        }
        EvseRef ref = found.get();
        String connectorId = command.connectorId() != null ? command.connectorId()
                : ref.evse().connectors().get(0).id();
        if (ref.evse().connector(connectorId) == null) {
            return rejected(2001, "Unknown connector " + connectorId + " on EVSE " + command.evseUid());
        }
        Behaviour behaviour = behaviours.of(ref.evse().evseId());
        if (!"ACCEPTED".equals(behaviour.commandResponse())) {
            LOG.infof("START_SESSION on %s: scripted CommandResponse %s", ref.evse().evseId(),
                    behaviour.commandResponse());
            return new CommandAnswer(CommandResponse.of(behaviour.commandResponse(), config.commandTimeout(),
                    "The charge point refused the command"), 1000);
        }
        later(behaviour.latencyMs(), () -> executeStart(command, ref, connectorId, behaviour));
        return new CommandAnswer(CommandResponse.accepted(config.commandTimeout()), 1000);
    }

    public CommandAnswer stop(StopSession command) {
        SimSession session = sessions.get(command.sessionId());
        if (session == null) {
            return new CommandAnswer(CommandResponse.of("UNKNOWN_SESSION", config.commandTimeout(),
                    "No session " + command.sessionId()), 1000);
        }
        if (!session.requestStop()) {
            return rejected(1000, "Session " + command.sessionId() + " is already stopping or stopped");
        }
        Behaviour behaviour = behaviours.of(session.evseId());
        later(behaviour.latencyMs(), () -> executeStop(command, session, behaviour));
        return new CommandAnswer(CommandResponse.accepted(config.commandTimeout()), 1000);
    }

    public List<SimSession> sessions() {
        return sessions.values().stream().sorted(Comparator.comparing(SimSession::startedAt)).toList();
    }

    public List<Cdr> cdrs() {
        return List.copyOf(cdrs.values());
    }

    @Scheduled(every = "${cpo.progress-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void progress() {
        Instant now = Times.now();
        for (SimSession session : sessions.values()) {
            synchronized (session) {
                if (session.status() == SessionStatus.ACTIVE && session.advance(now, false)
                        && session.behaviour().progressUpdates()) {
                    Map<String, Object> patch = new LinkedHashMap<>();
                    patch.put("kwh", session.kwh());
                    patch.put("charging_periods", session.takeUnsent());
                    patch.put("last_updated", session.lastUpdated());
                    if (Boolean.TRUE.equals(session.behaviour().outOfOrderUpdates())) {
                        // the first of each pair waits and leaves after the second
                        session.holdOrRelease(patch).forEach(p -> patch(session, p));
                    } else {
                        patch(session, patch);
                    }
                }
            }
        }
    }

    private void executeStart(StartSession command, EvseRef ref, String connectorId, Behaviour behaviour) {
        CommandResultType result = behaviour.commandResult();
        if (result == CommandResultType.NO_ANSWER) {
            LOG.infof("START_SESSION on %s: scripted to never answer", ref.evse().evseId());
            startLateIfScripted(command, ref, connectorId, behaviour, result);
            return;
        }
        Optional<EvseRef> claimed = Optional.empty();
        if (result == CommandResultType.ACCEPTED) {
            claimed = claim(ref);
            if (claimed.isEmpty()) {
                EvseStatus now = state.evse(ref.location().id(), ref.evse().uid()).orElseThrow().evse().statusValue();
                result = now.occupied() ? CommandResultType.EVSE_OCCUPIED : CommandResultType.EVSE_INOPERATIVE;
            }
        }
        if (result != CommandResultType.ACCEPTED) {
            LOG.infof("START_SESSION on %s: %s", ref.evse().evseId(), result);
            CommandResult answer = new CommandResult(result, List.of(DisplayText.en("Session not started: " + result)));
            queue.enqueue(command.responseUrl(), () -> client.send(HttpMethod.POST, command.responseUrl(), answer));
            startLateIfScripted(command, ref, connectorId, behaviour, result);
            return;
        }
        begin(command, claimed.get(), connectorId, behaviour, true);
    }

    /** OCPI issue #475: after a TIMEOUT (or silence) the charger may start all the same, a latency later. */
    private void startLateIfScripted(StartSession command, EvseRef ref, String connectorId, Behaviour behaviour,
            CommandResultType result) {
        boolean mayStillStart = result == CommandResultType.TIMEOUT || result == CommandResultType.NO_ANSWER;
        if (!mayStillStart || !Boolean.TRUE.equals(behaviour.startAnyway())) {
            return;
        }
        later(behaviour.latencyMs(), () -> claim(ref).ifPresentOrElse(
                charging -> begin(command, charging, connectorId, behaviour, false),
                () -> LOG.infof("late start on %s: the EVSE is no longer AVAILABLE", ref.evse().evseId())));
    }

    private Optional<EvseRef> claim(EvseRef ref) {
        return statuses.change(ref.location().id(), ref.evse().uid(), s -> s == EvseStatus.AVAILABLE,
                EvseStatus.CHARGING);
    }

    /** The charger starts: CommandResult ACCEPTED (unless {@code confirm} is false), then the Session PUT. */
    private void begin(StartSession command, EvseRef charging, String connectorId, Behaviour behaviour,
            boolean confirm) {
        Connector connector = charging.evse().connector(connectorId);
        Tariff tariff = state.tariffs(connector.tariffIds()).stream().findFirst().orElse(null);
        SimSession session = new SimSession(charging.location().countryCode(), charging.location().partyId(),
                UUID.randomUUID().toString(), charging.evse().evseId(),
                CdrLocation.of(charging.location(), charging.evse(), connector), command.token().toCdrToken(),
                command.authorizationReference(), tariff, ZoneId.of(charging.location().timeZone()), behaviour,
                config.batteryCapacityKwh(), Times.now());
        var put = session.toOcpi();
        if (confirm) {
            queue.enqueue(session.id(), () -> client.send(HttpMethod.POST, command.responseUrl(),
                    new CommandResult(CommandResultType.ACCEPTED, null)));
        }
        queue.enqueue(session.id(), () -> client.send(HttpMethod.PUT, sessionUrl(session), put));
        // Only now may the progress timer see it: its PATCHes must queue behind the PUT.
        sessions.put(session.id(), session);
        LOG.infof("session %s started on %s (authorization_reference %s%s)", session.id(), session.evseId(),
                session.authorizationReference(), confirm ? "" : ", without a CommandResult ACCEPTED");
    }

    private void patch(SimSession session, Map<String, Object> body) {
        queue.enqueue(session.id(), () -> client.send(HttpMethod.PATCH, sessionUrl(session), body));
    }

    private void executeStop(StopSession command, SimSession session, Behaviour behaviour) {
        CommandResultType result = behaviour.stopResult();
        if (result != CommandResultType.ACCEPTED) {
            session.stopRefused();
            LOG.infof("STOP_SESSION of %s: %s", session.id(), result);
            if (result != CommandResultType.NO_ANSWER) {
                CommandResult answer = new CommandResult(result, List.of(DisplayText.en("Session not stopped")));
                queue.enqueue(session.id(), () -> client.send(HttpMethod.POST, command.responseUrl(), answer));
            }
            return;
        }
        synchronized (session) {
            session.complete(Times.now());
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put("status", SessionStatus.COMPLETED);
            patch.put("end_date_time", session.endedAt());
            patch.put("kwh", session.kwh());
            patch.put("charging_periods", session.takeUnsent());
            patch.put("total_cost", session.totalCost());
            patch.put("last_updated", session.lastUpdated());
            Cdr cdr = cdrOf(session);
            cdrs.put(cdr.id(), cdr);
            queue.enqueue(session.id(), () -> client.send(HttpMethod.POST, command.responseUrl(),
                    new CommandResult(CommandResultType.ACCEPTED, null)));
            session.holdOrRelease(null).forEach(held -> patch(session, held));
            patch(session, patch);
            int copies = Boolean.TRUE.equals(behaviour.duplicateCdr()) ? 2 : 1;
            for (int i = 0; i < copies; i++) {
                queue.enqueue(session.id(), () -> client.send(HttpMethod.POST, config.emsp().cdrsUrl(), cdr));
            }
            int late = behaviour.updatesAfterStop() == null ? 0 : behaviour.updatesAfterStop();
            for (int i = 1; i <= late; i++) {
                patch(session, lateUpdate(session, i));
            }
        }
        LOG.infof("session %s completed: %s kWh, CDR %s", session.id(), session.kwh(), cdrOf(session).id());
        statuses.change(session.cdrLocation().id(), session.cdrLocation().evseUid(), s -> s == EvseStatus.CHARGING,
                EvseStatus.AVAILABLE);
    }

    /** An ACTIVE PATCH about a session already closed: more energy, later last_updated. */
    private static Map<String, Object> lateUpdate(SimSession session, int n) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("status", SessionStatus.ACTIVE);
        patch.put("kwh", session.kwh().add(BigDecimal.valueOf(n)));
        patch.put("last_updated", session.endedAt().plusSeconds(n));
        return patch;
    }

    private Cdr cdrOf(SimSession session) {
        Instant end = session.endedAt();
        BigDecimal hours = BigDecimal.valueOf(Duration.between(session.startedAt(), end).toMillis())
                .divide(SimSession.MS_PER_HOUR, 6, RoundingMode.HALF_UP);
        return new Cdr(session.countryCode(), session.partyId(), cdrId(session), session.startedAt(), end,
                session.id(), session.cdrToken(), "COMMAND", session.authorizationReference(),
                session.cdrLocation(), session.currency(),
                session.tariff() == null ? List.of() : List.of(session.tariff()), session.periods(),
                session.totalCost(), session.kwh(), hours, BigDecimal.ZERO, end);
    }

    /** 36 characters, derived from the session id so that a duplicate CDR has the same id. */
    private static String cdrId(SimSession session) {
        return "CDR-" + session.id().replace("-", "");
    }

    private String sessionUrl(SimSession session) {
        return Urls.trimSlash(config.emsp().sessionsUrl()) + "/" + session.countryCode() + "/" + session.partyId()
                + "/" + session.id();
    }

    private CommandAnswer rejected(int statusCode, String why) {
        return new CommandAnswer(CommandResponse.of("REJECTED", config.commandTimeout(), why), statusCode);
    }

    private static void later(long delayMs, Runnable action) {
        Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(Math.max(0, delayMs)))
                .subscribe().with(ignored -> {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        LOG.error("simulated charger action failed", e);
                    }
                });
    }
}
