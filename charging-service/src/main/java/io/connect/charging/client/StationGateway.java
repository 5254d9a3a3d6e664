package io.connect.charging.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/** station-service's EVSE snapshot: a read, retried. Non-blocking: no thread waits for it. */
@ApplicationScoped
public class StationGateway {

    @Inject
    @RestClient
    StationClient client;

    /** @return empty when station-service does not know the EVSE */
    @AsynchronousNonBlocking
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public Uni<Optional<StationClient.EvseSnapshot>> evse(String evseId) {
        return client.evse(evseId).map(Optional::of)
                .onFailure(WebApplicationException.class).recoverWithUni(failure -> {
                    WebApplicationException e = (WebApplicationException) failure;
                    if (e.getResponse().getStatus() == 404) {
                        return Uni.createFrom().item(Optional.empty());
                    }
                    return Uni.createFrom().failure(new DownstreamException(
                            "station-service answered " + e.getResponse().getStatus(), e));
                });
    }
}
