package io.connect.charging.api;

import io.connect.charging.domain.StopFlow;
import io.connect.charging.domain.StartFlow;
import io.connect.platform.auth.PartnerContext;
import io.connect.platform.errors.ApiException;
import io.connect.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Start and stop. Start answers once the CPO confirmed, without holding a thread while it waits. */
@Path("/api/v1/users/{user_id}/charging")
@Produces(MediaType.APPLICATION_JSON)
public class ChargingResource {

    @Inject
    PartnerContext partner;

    @Inject
    StartFlow startFlow;

    @Inject
    StopFlow stopFlow;

    @Inject
    SessionViews views;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    @Path("/start/")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> start(@PathParam("user_id") String userId,
                               @HeaderParam(Idempotency.HEADER) String idempotencyKey, StartRequest body) {
        UUID user = Ids.user(userId);
        if (body == null || blank(body.evseId())) {
            throw ApiException.validation("evse_id", "This field is required.");
        }
        if (blank(body.paymentMethodId())) {
            throw ApiException.validation("payment_method_id", "This field is required.");
        }
        String partnerId = partner.partnerId();
        return idempotency.executeUni(partnerId, idempotencyKey, "POST", uri.getPath(), body,
                () -> startFlow.start(user, partnerId, body.evseId().trim(), body.paymentMethodId().trim())
                        .map(session -> Response.status(Response.Status.CREATED).entity(views.of(session)).build()));
    }

    @POST
    @Path("/stop/{session_id}/")
    public RestResponse<Void> stop(@PathParam("user_id") String userId, @PathParam("session_id") String sessionId) {
        stopFlow.stop(Ids.user(userId), partner.partnerId(), Ids.session(sessionId));
        return RestResponse.noContent();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
