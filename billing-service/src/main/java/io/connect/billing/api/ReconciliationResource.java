package io.connect.billing.api;

import io.connect.billing.reconciliation.Reconciliation;
import io.connect.billing.reconciliation.ReconciliationReport;
import io.connect.platform.errors.ApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Internal admin: {@code GET /internal/v1/reconciliation?from=&until=&user_id=&stripe=} compares completed sessions,
 * invoices, debts, payment-service's charges and Stripe's objects in [from, until) and lists every mismatch.
 * {@code until} defaults to now less {@code connect.reconciliation.grace} (money still moving is not a mismatch),
 * {@code from} to {@code until} less {@code connect.reconciliation.window}.
 */
@Path("/internal/v1/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    static final Duration LONGEST_WINDOW = Duration.ofDays(31);

    @Inject
    Reconciliation reconciliation;

    @ConfigProperty(name = "connect.reconciliation.grace")
    Duration grace;

    @ConfigProperty(name = "connect.reconciliation.window")
    Duration window;

    @GET
    public ReconciliationReport report(@QueryParam("from") String from, @QueryParam("until") String until,
                                       @QueryParam("user_id") String userId, @QueryParam("stripe") String stripe) {
        OffsetDateTime end = until == null ? OffsetDateTime.now(ZoneOffset.UTC).minus(grace) : time("until", until);
        OffsetDateTime start = from == null ? end.minus(window) : time("from", from);
        if (!start.isBefore(end)) {
            throw ApiException.validation("from", "must be before until");
        }
        if (Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
            throw ApiException.validation("from", "the window may span at most 31 days");
        }
        if (userId != null) {
            try {
                UUID.fromString(userId);
            } catch (IllegalArgumentException e) {
                throw ApiException.validation("user_id", "must be a UUID");
            }
        }
        return reconciliation.reconcile(start, end, userId, flag(stripe));
    }

    private static OffsetDateTime time(String field, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw ApiException.validation(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-27T00:00:00Z");
        }
    }

    private static boolean flag(String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw ApiException.validation("stripe", "must be true or false");
    }
}
