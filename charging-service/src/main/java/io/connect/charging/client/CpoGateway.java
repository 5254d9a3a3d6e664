package io.connect.charging.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.ocpi.transport.OcpiToken;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A CPO's Commands module, the CPO chosen by its key (station-service's EVSE snapshot says which CPO runs an EVSE;
 * null: the default CPO). Commands are not idempotent on the CPO side, so they are never retried.
 */
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
    public String send(String cpoKey, String command, JsonNode body) {
        CpoLink.Target target = link.current(cpoKey);
        JsonNode envelope;
        try {
            envelope = client.send(target.commandsUrl() + "/" + command, OcpiToken.header(target.token()), body);
        } catch (WebApplicationException e) {
            throw new DownstreamException("CPO answered " + e.getResponse().getStatus() + " to " + command, e);
        }
        return result(envelope);
    }

    /**
     * {@link #send}, non-blocking. {@link CpoLink#current()} may read the database: call this on a worker thread
     * (the OCPI token header is resolved when the call is made).
     */
    @AsynchronousNonBlocking
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public Uni<String> sendAsync(String cpoKey, String command, JsonNode body) {
        CpoLink.Target target = link.current(cpoKey);
        return client.sendAsync(target.commandsUrl() + "/" + command, OcpiToken.header(target.token()), body)
                .onFailure(WebApplicationException.class).transform(e -> new DownstreamException(
                        "CPO answered " + ((WebApplicationException) e).getResponse().getStatus() + " to " + command, e))
                .map(CpoGateway::result);
    }

    private static String result(JsonNode envelope) {
        if (envelope == null || envelope.path("status_code").asInt() != 1000) {
            return "REJECTED";
        }
        return envelope.path("data").path("result").asText("REJECTED");
    }
}
