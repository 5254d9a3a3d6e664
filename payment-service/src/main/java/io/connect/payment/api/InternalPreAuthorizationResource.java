package io.connect.payment.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.payment.domain.PreAuthorizationRequest;
import io.connect.payment.domain.PreAuthorizationService;
import io.connect.payment.persistence.PreAuthorizationEntity;
import io.connect.platform.errors.ApiException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/** Holds for charging-service: place one per session, release it. */
@Path("/internal/v1/pre-authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalPreAuthorizationResource {

    @Inject
    PreAuthorizationService preAuthorizations;

    public record ReleaseView(@JsonProperty("session_id") String sessionId, String status) {
    }

    @POST
    public Response authorize(@Valid @NotNull PreAuthorizationBody body) {
        PreAuthorizationEntity hold = preAuthorizations.authorize(new PreAuthorizationRequest(body.sessionId(),
                body.userId(), body.paymentMethodId(), body.amount(), body.currency()));
        return Response.status(201).entity(PreAuthorizationView.of(hold)).build();
    }

    @POST
    @Path("/{session_id}/release")
    @Consumes(MediaType.WILDCARD)
    public ReleaseView release(@PathParam("session_id") String sessionId) {
        UUID id;
        try {
            id = UUID.fromString(sessionId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Pre-authorization");
        }
        PreAuthorizationEntity hold = preAuthorizations.release(id);
        return new ReleaseView(hold.sessionId.toString(), hold.status);
    }
}
