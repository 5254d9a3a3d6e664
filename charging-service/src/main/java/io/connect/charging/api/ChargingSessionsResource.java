package io.connect.charging.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.connect.platform.api.Page;
import io.connect.platform.api.PageRequest;
import io.connect.platform.auth.PartnerContext;
import io.connect.platform.errors.ApiException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;

/** A user's sessions: list (newest first), one, and the rating. */
@Path("/api/v1/users/{user_id}/charging-sessions")
@Produces(MediaType.APPLICATION_JSON)
public class ChargingSessionsResource {

    @Inject
    PartnerContext partner;

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    SessionViews views;

    @GET
    @Path("/")
    @Transactional
    public Page<SessionView> list(@PathParam("user_id") String userId, @QueryParam("page") String page,
                                  @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        UUID user = Ids.user(userId);
        String partnerId = partner.partnerId();
        PageRequest request = PageRequest.parse(page, pageSize);
        long count = sessions.countOwned(user, partnerId);
        List<SessionView> results = sessions.page(user, partnerId, request.index(), request.pageSize()).stream()
                .map(views::of).toList();
        return Page.of(request, count, results, uri);
    }

    @GET
    @Path("/{session_id}/")
    @Transactional
    public SessionView get(@PathParam("user_id") String userId, @PathParam("session_id") String sessionId) {
        return views.of(owned(userId, sessionId));
    }

    /** Rating: {"rates": 1..5} (or null to withdraw it). */
    @PATCH
    @Path("/{session_id}/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public SessionView rate(@PathParam("user_id") String userId, @PathParam("session_id") String sessionId,
                            JsonNode body) {
        // locked like every other writer of the row (invoice consumer, CDR, watchdog): an unlocked read here lost
        // the version race against them and answered 500
        ChargingSession s = sessions.lockOwned(Ids.user(userId), partner.partnerId(), Ids.session(sessionId))
                .orElseThrow(() -> ApiException.notFound("Charging session"));
        if (body == null || !body.isObject()) {
            throw ApiException.validation("rates", "send a JSON object such as {\"rates\": 5}");
        }
        if (body.has("rates")) {
            JsonNode rates = body.get("rates");
            if (rates.isNull()) {
                s.rates = null;
            } else if (rates.isIntegralNumber() && rates.asInt() >= 1 && rates.asInt() <= 5) {
                s.rates = rates.asInt();
            } else {
                throw ApiException.validation("rates", "must be an integer from 1 to 5");
            }
        }
        return views.of(s);
    }

    private ChargingSession owned(String userId, String sessionId) {
        return sessions.findOwned(Ids.user(userId), partner.partnerId(), Ids.session(sessionId))
                .orElseThrow(() -> ApiException.notFound("Charging session"));
    }
}
