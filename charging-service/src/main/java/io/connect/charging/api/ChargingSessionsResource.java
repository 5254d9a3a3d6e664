package io.connect.charging.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.ChargingSessionRepository;
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

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 100;

    @Inject
    PartnerContext partner;

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    SessionViews views;

    @GET
    @Path("/")
    @Transactional
    public PageView<SessionView> list(@PathParam("user_id") String userId, @QueryParam("page") String page,
                                      @QueryParam("page_size") String pageSize, @Context UriInfo uri) {
        UUID user = Ids.user(userId);
        String partnerId = partner.partnerId();
        int size = pageSize(pageSize);
        int number = pageNumber(page);
        long count = sessions.countOwned(user, partnerId);
        int last = (int) Math.max(1, (count + size - 1) / size);
        if (number > last) {
            throw ApiException.detailOnly(404, "Invalid page.");
        }
        List<SessionView> results = sessions.page(user, partnerId, number - 1, size).stream().map(views::of).toList();
        String next = number < last ? uri.getRequestUriBuilder().replaceQueryParam("page", number + 1).build().toString()
                : null;
        String previous = number == 1 ? null : number == 2
                ? uri.getRequestUriBuilder().replaceQueryParam("page").build().toString()
                : uri.getRequestUriBuilder().replaceQueryParam("page", number - 1).build().toString();
        return new PageView<>(count, next, previous, results);
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
        ChargingSession s = owned(userId, sessionId);
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

    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // DRF answers an unusable page number with 404 "Invalid page."
        }
        throw ApiException.detailOnly(404, "Invalid page.");
    }

    private static int pageSize(String pageSize) {
        try {
            int n = pageSize == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(pageSize.trim());
            return n < 1 ? DEFAULT_PAGE_SIZE : Math.min(n, MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }
}
