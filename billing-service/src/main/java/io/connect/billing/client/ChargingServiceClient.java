package io.connect.billing.client;

import io.connect.platform.auth.InternalAuthHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** charging-service's list of completed sessions ({@code quarkus.rest-client.charging-service.url}); reconciliation only. */
@RegisterRestClient(configKey = "charging-service")
@RegisterClientHeaders(InternalAuthHeaders.class)
@Path("/internal/v1/completed-sessions")
@Produces(MediaType.APPLICATION_JSON)
public interface ChargingServiceClient {

    record CompletedSession(String id, String userId, OffsetDateTime completedAt) {
    }

    record CompletedSessions(boolean truncated, List<CompletedSession> sessions) {
    }

    @GET
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 500)
    CompletedSessions completedSessions(@QueryParam("from") OffsetDateTime from,
                                        @QueryParam("until") OffsetDateTime until,
                                        @QueryParam("user_id") String userId);
}
