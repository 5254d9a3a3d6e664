package io.connect.charging.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/** station-service's EVSE snapshot: a read, retried. */
@ApplicationScoped
public class StationGateway {

    @Inject
    @RestClient
    StationClient client;

    /** @return empty when station-service does not know the EVSE */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public Optional<StationClient.EvseSnapshot> evse(String evseId) {
        try {
            return Optional.of(client.evse(evseId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new DownstreamException("station-service answered " + e.getResponse().getStatus(), e);
        }
    }
}
