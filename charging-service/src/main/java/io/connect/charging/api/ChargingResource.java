package io.connect.charging.api;

import io.connect.charging.domain.StopFlow;
import io.connect.charging.domain.StartFlow;
import io.connect.platform.auth.PartnerContext;
import io.connect.platform.errors.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @POST
    @Path("/start/")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<SessionView>> start(@PathParam("user_id") String userId, StartRequest body) {
        UUID user = Ids.user(userId);
        if (body == null || blank(body.evseId())) {
            throw ApiException.validation("evse_id", "This field is required.");
        }
        if (blank(body.paymentMethodId())) {
            throw ApiException.validation("payment_method_id", "This field is required.");
        }
        String partnerId = partner.partnerId();
        return startFlow.start(user, partnerId, body.evseId().trim(), body.paymentMethodId().trim())
                .map(session -> RestResponse.status(RestResponse.Status.CREATED, views.of(session)));
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
