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

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** billing-service, with the resilience rules: a read, so it is retried. Non-blocking: no thread waits for it. */
@ApplicationScoped
public class BillingGateway {

    private static final BillingClient.OpenDebt NO_DEBT =
            new BillingClient.OpenDebt(false, BigDecimal.ZERO, "eur", List.of());

    @Inject
    @RestClient
    BillingClient client;

    /** Open debt and billing readiness for a start at a station in {@code stationCountry} (may be null). */
    @AsynchronousNonBlocking
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public Uni<BillingClient.StartEligibility> startEligibility(UUID userId, String stationCountry) {
        return client.startEligibility(userId.toString(), stationCountry)
                .map(BillingGateway::withDefaults)
                .onFailure(WebApplicationException.class).transform(e -> new DownstreamException(
                        "billing-service answered " + ((WebApplicationException) e).getResponse().getStatus(), e));
    }

    private static BillingClient.StartEligibility withDefaults(BillingClient.StartEligibility answer) {
        if (answer == null || answer.billingReadiness() == null) {
            throw new DownstreamException("billing-service gave no billing readiness", null);
        }
        // billing has never seen this user: nothing can be owed
        return answer.openDebt() != null ? answer
                : new BillingClient.StartEligibility(NO_DEBT, answer.billingReadiness());
    }
}
