package io.connect.charging.client;

import io.connect.platform.auth.InternalAuthHeaders;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;
import java.util.List;

@RegisterRestClient(configKey = "billing-service")
@RegisterClientHeaders(InternalAuthHeaders.class)
@Path("/internal/v1/users")
public interface BillingClient {

    /** Open debt and billing readiness for a station in that country, in one call. */
    @GET
    @Path("/{user_id}/start-eligibility")
    Uni<StartEligibility> startEligibility(@PathParam("user_id") String userId,
                                          @QueryParam("station_country") String stationCountry);

    record StartEligibility(OpenDebt openDebt, Readiness billingReadiness) {
    }

    /** {@code country}: the country whose billing rules applied (null when none did). */
    record Readiness(boolean ready, List<String> missing, String country) {
    }

    record OpenDebt(boolean hasOpenDebt, BigDecimal amount, String currency, List<Object> sessions) {
    }
}
