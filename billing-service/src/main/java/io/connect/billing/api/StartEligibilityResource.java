package io.connect.billing.api;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Internal: everything billing says about a charging start, in one call (charging-service asks on every start):
 * the open debt (402 if any) and the billing readiness for a station in {@code station_country} (409 if not ready).
 */
@Path("/internal/v1/users/{userId}/start-eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class StartEligibilityResource {

    public record StartEligibility(OpenDebtResource.OpenDebt openDebt,
                                   BillingReadinessResource.Readiness billingReadiness) {
    }

    @GET
    @Transactional
    public StartEligibility eligibility(@PathParam("userId") String userId,
                                        @QueryParam("station_country") String stationCountry) {
        return new StartEligibility(OpenDebtResource.of(userId),
                BillingReadinessResource.of(userId, stationCountry));
    }
}
