package io.connect.charging.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.charging.client.CpoGateway;
import io.connect.charging.config.Json;
import io.connect.charging.config.OcpiSettings;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * POST /charging/stop/{id}/: the session goes STOPPING, STOP_SESSION goes to the CPO, and the partner gets 204
 * once the CPO accepted it. The session completes when the CDR arrives.
 */
@ApplicationScoped
public class StopFlow {

    private static final Logger LOG = Logger.getLogger(StopFlow.class);

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    CpoGateway cpo;

    @Inject
    OcpiSettings ocpi;

    @Inject
    Json json;

    public void stop(UUID userId, String partnerId, UUID sessionId) {
        SessionLifecycle.StopTicket ticket = lifecycle.beginStop(userId, partnerId, sessionId);
        String answer;
        try {
            answer = send(ticket);
        } catch (RuntimeException e) {
            LOG.warnf("session %s: STOP_SESSION could not be sent: %s", sessionId, e.toString());
            lifecycle.revertStop(sessionId);
            throw new ApiException(424, "Charging Error", ErrorType.CHARGING_PROVIDER_ERROR,
                    "The charge point operator could not be reached; the session is still running.");
        }
        if (!CommandOutcome.parse(answer).accepted()) {
            lifecycle.revertStop(sessionId);
            throw new ApiException(424, "Charging Error", ErrorType.CHARGING_PROVIDER_ERROR,
                    "The charge point operator did not accept the stop (" + answer + ").");
        }
    }

    /**
     * A session the CPO runs although we failed its start. Best effort: if this fails, its own end and CDR
     * settle it.
     */
    public void stopOrphan(SessionLifecycle.StopTicket ticket) {
        try {
            LOG.infof("session %s: STOP_SESSION for the late CPO session %s answered %s", ticket.sessionId(),
                    ticket.cpoSessionId(), send(ticket));
        } catch (RuntimeException e) {
            LOG.warnf("session %s: STOP_SESSION for the late CPO session failed: %s", ticket.sessionId(), e.toString());
        }
    }

    private String send(SessionLifecycle.StopTicket ticket) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("response_url", ocpi.emspBase() + "/commands/STOP_SESSION/" + ticket.commandUid());
        body.put("session_id", ticket.cpoSessionId());
        return cpo.send(ticket.cpoKey(), "STOP_SESSION", body);
    }
}
