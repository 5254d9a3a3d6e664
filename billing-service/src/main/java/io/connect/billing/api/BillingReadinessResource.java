package io.connect.billing.api;

import io.connect.billing.domain.BillingDataRules;
import io.connect.billing.persistence.BillingDetails;
import io.connect.platform.errors.ApiException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

/** Internal: may this user charge at a station in that country, as far as billing data goes? (charging asks) */
@Path("/internal/v1/users/{userId}/billing-readiness")
@Produces(MediaType.APPLICATION_JSON)
public class BillingReadinessResource {

    /** @param country the country whose rules applied ("IT"), null when none did */
    public record Readiness(boolean ready, List<String> missing, String country) {
    }

    @GET
    @Transactional
    public Readiness readiness(@PathParam("userId") String userId,
                               @QueryParam("station_country") String stationCountry) {
        return of(userId, stationCountry);
    }

    /** Within a transaction. */
    static Readiness of(String userId, String stationCountry) {
        if (stationCountry != null && stationCountry.length() > 150) {
            throw ApiException.validation("station_country", "Ensure this field has no more than 150 characters.");
        }
        Optional<BillingDataRules.Details> details = Optional.ofNullable(BillingDetails.<BillingDetails>findById(userId))
                .map(row -> BillingDetailsBody.of(row).rulesView());
        BillingDataRules.Verdict verdict = BillingDataRules.check(details, stationCountry);
        return new Readiness(verdict.ready(), verdict.missing(), verdict.rulesCountry());
    }
}
