package io.connect.charging.client;

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

/** billing-service, with the resilience rules: a read, so it is retried. */
@ApplicationScoped
public class BillingGateway {

    @Inject
    @RestClient
    BillingClient client;

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public BillingClient.OpenDebt openDebt(UUID userId) {
        try {
            return client.openDebt(userId.toString());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                // billing has never seen this user: nothing can be owed
                return new BillingClient.OpenDebt(false, BigDecimal.ZERO, "eur", List.of());
            }
            throw new DownstreamException("billing-service answered " + e.getResponse().getStatus(), e);
        }
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public BillingClient.Readiness billingReadiness(UUID userId, String stationCountry) {
        try {
            return client.billingReadiness(userId.toString(), stationCountry);
        } catch (WebApplicationException e) {
            throw new DownstreamException("billing-service answered " + e.getResponse().getStatus(), e);
        }
    }
}
