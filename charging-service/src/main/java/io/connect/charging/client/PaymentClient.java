package io.connect.charging.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.platform.auth.InternalAuthHeaders;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;

@RegisterRestClient(configKey = "payment-service")
@RegisterClientHeaders(InternalAuthHeaders.class)
@Path("/internal/v1")
public interface PaymentClient {

    @GET
    @Path("/users/{user_id}/payment-methods/{pm}")
    Uni<PaymentMethod> paymentMethod(@PathParam("user_id") String userId, @PathParam("pm") String paymentMethodId);

    @POST
    @Path("/pre-authorizations")
    Uni<PreAuthorization> preAuthorize(PreAuthorizationRequest request);

    @POST
    @Path("/pre-authorizations/{session_id}/release")
    ReleaseResult release(@PathParam("session_id") String sessionId);

    record PaymentMethod(String id, String type, @JsonProperty("default") Boolean isDefault) {
    }

    record PreAuthorizationRequest(String sessionId, String userId, String paymentMethodId, BigDecimal amount,
                                   String currency) {
    }

    record PreAuthorization(String sessionId, String paymentIntentId, String status, BigDecimal amount,
                            String currency) {
    }

    record ReleaseResult(String sessionId, String status) {
    }
}
