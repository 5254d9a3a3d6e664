package io.connect.charging.domain;

import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.OcpiCommand;
import io.connect.charging.persistence.OcpiCommandRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/** The CPO's CommandResult at our response_url: recorded, then handed to the waiting start (or applied here). */
@ApplicationScoped
public class CommandResults {

    private static final Logger LOG = Logger.getLogger(CommandResults.class);

    @Inject
    OcpiCommandRepository commands;

    @Inject
    CommandWaiters waiters;

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    StartFlow startFlow;

    @Inject
    StartSignals signals;

    /** @return false when we never sent such a command */
    public boolean receive(String type, UUID uid, String result) {
        Optional<OcpiCommand> recorded = record(type, uid, result);
        if (recorded.isEmpty()) {
            return false;
        }
        OcpiCommand command = recorded.get();
        CommandOutcome outcome = CommandOutcome.parse(result);
        if ("START_SESSION".equals(command.type)) {
            if (outcome.mayStillStart()) {
                // OCPI issue #475: a TIMEOUT may still be followed by the session. The start keeps waiting until
                // the session turns ACTIVE or its own timeout runs out; then it reads this recorded result.
                LOG.infof("session %s: START_SESSION result %s recorded, still waiting for the session",
                        command.sessionId, result);
            } else if (!waiters.complete(uid, outcome)) {
                // nobody waits here (the start timed out, or waits on another replica, which StartSignals wakes):
                // settle it ourselves
                StartEnd end = lifecycle.finishStart(command.sessionId, uid, outcome);
                if (end.releaseHold()) {
                    startFlow.release(command.sessionId);
                }
                if (end.session().state == SessionState.FAILED && outcome.accepted()) {
                    LOG.warnf("session %s: START_SESSION ACCEPTED after we had given up (%s)", command.sessionId,
                            end.session().failureReason);
                }
            }
        } else if ("STOP_SESSION".equals(command.type) && !outcome.accepted()) {
            LOG.infof("session %s: STOP_SESSION ended %s, the session stays active", command.sessionId, result);
            lifecycle.revertStop(command.sessionId);
        }
        return true;
    }

    private Optional<OcpiCommand> record(String type, UUID uid, String result) {
        return QuarkusTransaction.requiringNew().call(() -> recordInTransaction(type, uid, result));
    }

    private Optional<OcpiCommand> recordInTransaction(String type, UUID uid, String result) {
        Optional<OcpiCommand> found = commands.findByIdOptional(uid).filter(c -> c.type.equals(type));
        found.filter(c -> c.result == null).ifPresent(c -> {
            c.result = result;
            c.answeredAt = ChargingSession.now();
            if ("START_SESSION".equals(c.type)) {
                signals.commandResult(c.uid, result);
            }
        });
        return found;
    }
}
