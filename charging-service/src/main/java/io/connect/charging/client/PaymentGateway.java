package io.connect.charging.client;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * payment-service. Every call here is idempotent (reads; pre-authorisation and release are keyed by the
 * session id), so all of them may be retried.
 */
@ApplicationScoped
public class PaymentGateway {

    @Inject
    @RestClient
    PaymentClient client;

    /** @return empty when the payment method is not this user's */
    @AsynchronousNonBlocking
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public Uni<Optional<PaymentClient.PaymentMethod>> paymentMethod(String userId, String paymentMethodId) {
        return client.paymentMethod(userId, paymentMethodId).map(Optional::of)
                .onFailure(WebApplicationException.class).recoverWithUni(failure -> {
                    WebApplicationException e = (WebApplicationException) failure;
                    if (e.getResponse().getStatus() < 500) {
                        return Uni.createFrom().item(Optional.empty());
                    }
                    return Uni.createFrom().failure(new DownstreamException(
                            "payment-service answered " + e.getResponse().getStatus(), e));
                });
    }

    @AsynchronousNonBlocking
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 500, abortOn = PreAuthorizationRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = PreAuthorizationRefused.class)
    public Uni<PaymentClient.PreAuthorization> preAuthorize(PaymentClient.PreAuthorizationRequest request) {
        return client.preAuthorize(request)
                .onFailure(WebApplicationException.class).transform(failure -> {
                    WebApplicationException e = (WebApplicationException) failure;
                    if (e.getResponse().getStatus() == 402) {
                        return new PreAuthorizationRefused(body(e));
                    }
                    return new DownstreamException("payment-service answered " + e.getResponse().getStatus(), e);
                });
    }

    /** Blocking: called where a thread is at hand anyway (a failed start, a callback, the watchdog). */
    @Timeout(10000)
    @Retry(maxRetries = 2, delay = 500)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public void release(String sessionId) {
        try {
            client.release(sessionId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return; // nothing was held
            }
            throw new DownstreamException("payment-service answered " + e.getResponse().getStatus(), e);
        }
    }

    private static JsonNode body(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** payment-service refused the hold (402): its body goes to the partner as it is. */
    public static class PreAuthorizationRefused extends RuntimeException {
        private final transient JsonNode body;

        public PreAuthorizationRefused(JsonNode body) {
            super("pre-authorisation refused");
            this.body = body;
        }

        public JsonNode body() {
            return body;
        }
    }
}
