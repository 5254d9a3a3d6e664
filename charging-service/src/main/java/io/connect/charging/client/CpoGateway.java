package io.connect.charging.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The CPO's Commands module. Commands are not idempotent on the CPO side, so they are never retried. */
@ApplicationScoped
public class CpoGateway {

    @Inject
    @RestClient
    CpoCommandsClient client;

    @Inject
    CpoLink link;

    /** @return the CommandResponse's {@code result} (ACCEPTED, REJECTED, NOT_SUPPORTED, UNKNOWN_SESSION) */
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public String send(String command, JsonNode body) {
        JsonNode envelope;
        try {
            envelope = client.send(link.current().commandsUrl() + "/" + command, body);
        } catch (WebApplicationException e) {
            throw new DownstreamException("CPO answered " + e.getResponse().getStatus() + " to " + command, e);
        }
        if (envelope == null || envelope.path("status_code").asInt() != 1000) {
            return "REJECTED";
        }
        return envelope.path("data").path("result").asText("REJECTED");
    }
}
