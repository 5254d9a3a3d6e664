package io.connect.billing.client;

import io.connect.platform.auth.InternalAuthHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;

/**
 * payment-service's internal charge API ({@code quarkus.rest-client.payment-service.url}). The charge is idempotent
 * per session on payment-service's side (Stripe idempotency keys), so retrying it never charges twice.
 */
@RegisterRestClient(configKey = "payment-service")
@RegisterClientHeaders(InternalAuthHeaders.class)
@RegisterProvider(PaymentServiceExceptionMapper.class)
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PaymentServiceClient {

    @POST
    @Path("/charges")
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, abortOn = PaymentRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PaymentRejectedException.class)
    ChargeResult charge(ChargeRequest request);

    /** What payment-service and Stripe hold for these sessions (a read; reconciliation only). */
    @POST
    @Path("/reconciliation/payments")
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 500, abortOn = PaymentRejectedException.class)
    PaymentFacts reconciliationFacts(PaymentFactsQuery query);

    /** Releases the hold of a session that costs nothing (idempotent). */
    @POST
    @Path("/pre-authorizations/{sessionId}/release")
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, abortOn = PaymentRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PaymentRejectedException.class)
    ReleaseResult release(@PathParam("sessionId") String sessionId);
}
