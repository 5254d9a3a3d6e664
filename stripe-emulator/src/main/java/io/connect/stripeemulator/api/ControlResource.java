package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.StripeApiError;
import io.connect.stripeemulator.testing.FaultPlan;
import io.connect.stripeemulator.testing.RequestJournal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Test controls, not part of Stripe's API: arm network faults on POST paths and read the journal of POSTs.
 * {@code POST /_emulator/faults} (form: {@code path} regex, {@code mode} delay|drop, {@code delay_ms}, {@code times}),
 * {@code DELETE /_emulator/faults}, {@code GET /_emulator/requests?path=<regex>}.
 */
@Path("/_emulator")
@Produces(MediaType.APPLICATION_JSON)
public class ControlResource {

    @Inject
    FaultPlan faults;

    @Inject
    RequestJournal journal;

    @POST
    @Path("/faults")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response arm(@FormParam("path") String path, @FormParam("mode") String mode,
                        @FormParam("delay_ms") Long delayMillis, @FormParam("times") Integer times) {
        Pattern pattern = pattern(path);
        FaultPlan.Mode parsedMode;
        try {
            parsedMode = FaultPlan.Mode.valueOf((mode == null ? "drop" : mode).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw StripeApiError.invalid("mode", "mode must be delay or drop");
        }
        long delay = delayMillis == null ? 0 : delayMillis;
        if (parsedMode == FaultPlan.Mode.DELAY && delay <= 0) {
            throw StripeApiError.invalid("delay_ms", "delay_ms must be positive for mode delay");
        }
        int count = times == null ? 1 : times;
        if (count < 1) {
            throw StripeApiError.invalid("times", "times must be at least 1");
        }
        faults.arm(pattern, parsedMode, delay, count);
        return Response.ok(Map.of("path", path, "mode", parsedMode.name().toLowerCase(Locale.ROOT),
                "delay_ms", delay, "times", count)).build();
    }

    @DELETE
    @Path("/faults")
    public Response clear() {
        faults.clear();
        return Response.noContent().build();
    }

    @GET
    @Path("/requests")
    public Map<String, List<RequestJournal.Entry>> requests(@QueryParam("path") String path) {
        return Map.of("data", journal.matching(path == null ? Pattern.compile(".*") : pattern(path)));
    }

    /** Bad control input is answered in Stripe's error shape, like everything else the emulator refuses. */
    @ServerExceptionMapper
    public Response refused(StripeApiError e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(e.body().toString()).build();
    }

    private static Pattern pattern(String path) {
        if (path == null || path.isBlank()) {
            throw StripeApiError.invalid("path", "path (a regular expression over the request path) is required");
        }
        try {
            return Pattern.compile(path);
        } catch (PatternSyntaxException e) {
            throw StripeApiError.invalid("path", "not a regular expression: " + e.getDescription());
        }
    }
}
