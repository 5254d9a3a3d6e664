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
        ObjectNode body = json.mapper().createObjectNode();
        body.put("response_url", ocpi.emspBase() + "/commands/STOP_SESSION/" + ticket.commandUid());
        body.put("session_id", ticket.cpoSessionId());
        String answer;
        try {
            answer = cpo.send("STOP_SESSION", body);
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
}
