package io.connect.stripeemulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.stripeemulator.config.EmulatorConfig;
import io.connect.stripeemulator.domain.Ids;
import io.connect.stripeemulator.domain.Json;
import io.connect.stripeemulator.domain.Params;
import io.connect.stripeemulator.domain.RequestInfo;
import io.connect.stripeemulator.domain.StripeApiError;
import io.connect.stripeemulator.domain.StripeObject;
import io.connect.stripeemulator.persistence.IdempotencyStore;
import io.connect.stripeemulator.persistence.IdempotencyStore.Mismatch;
import io.connect.stripeemulator.persistence.IdempotencyStore.Replay;
import io.connect.stripeemulator.persistence.IdempotencyStore.Saved;
import io.connect.stripeemulator.persistence.IdempotencyStore.Started;
import io.connect.stripeemulator.testing.FaultPlan;
import io.connect.stripeemulator.testing.RequestJournal;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one Stripe API call: parses the form or query parameters, honours Idempotency-Key on POST,
 * applies expand[] and renders the result or the error in Stripe's shape.
 */
@ApplicationScoped
public class StripeCall {
    private static final Logger LOG = Logger.getLogger(StripeCall.class);

    /** The endpoint's work; {@code customerPresent} is true when Stripe.js confirms with a publishable key. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Params params, boolean customerPresent);
    }

    private record Result(int status, String body, boolean saveable) {
    }

    @Inject
    IdempotencyStore idempotency;

    @Inject
    Expander expander;

    @Inject
    EmulatorConfig config;

    @Inject
    FaultPlan faults;

    @Inject
    RequestJournal journal;

    @Inject
    CurrentVertxRequest currentRequest;

    /** GET and DELETE: parameters in the query string, no idempotency. */
    public Response read(HttpHeaders headers, UriInfo uri, Handler handler) {
        String requestId = Ids.next("req");
        Result result = execute(uri.getRequestUri().getRawQuery(), headers, requestId, null, handler);
        return respond(result.status(), result.body(), requestId, null, false);
    }

    public Response post(HttpHeaders headers, UriInfo uri, String body, Handler handler) {
        Response response = answerPost(headers, uri, body, handler);
        String path = uri.getPath().startsWith("/") ? uri.getPath() : "/" + uri.getPath();
        Optional<FaultPlan.Fault> fault = faults.take(path);
        journal.record(new RequestJournal.Entry(path, headers.getHeaderString("Idempotency-Key"), response.getStatus(),
                response.getHeaderString("Idempotent-Replayed") != null,
                fault.map(f -> f.mode().name().toLowerCase(Locale.ROOT)).orElse(null), Instant.now()));
        fault.ifPresent(this::inflict);
        return response;
    }

    /** The call has run and its result is saved; only the answer is lost, late or never sent. */
    private void inflict(FaultPlan.Fault fault) {
        if (fault.mode() == FaultPlan.Mode.DROP) {
            LOG.infof("test fault: dropping the connection instead of answering %s", fault.path());
            // wait until the connection is really closed, so the answer written after this method cannot slip out
            CountDownLatch closed = new CountDownLatch(1);
            HttpConnection connection = currentRequest.getCurrent().request().connection();
            connection.closeHandler(v -> closed.countDown());
            connection.close();
            try {
                closed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            Thread.sleep(fault.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Response answerPost(HttpHeaders headers, UriInfo uri, String body, Handler handler) {
        String requestId = Ids.next("req");
        String key = headers.getHeaderString("Idempotency-Key");
        if (key == null || key.isEmpty()) {
            Result result = execute(body, headers, requestId, null, handler);
            return respond(result.status(), result.body(), requestId, null, false);
        }
        if (key.length() > 255) {
            return error(StripeApiError.invalid("Idempotency-Key", "Idempotency keys can be at most 255 characters "
                    + "long."), requestId);
        }
        Params params;
        try {
            params = new Params(FormParser.parse(body));
        } catch (StripeApiError e) {
            return error(e, requestId);
        }
        String scope = ApiKeys.from(headers.getHeaderString(HttpHeaders.AUTHORIZATION)).orElse("") + "\n" + key;
        String fingerprint = "POST " + uri.getPath() + " " + params.canonical();
        IdempotencyStore.Outcome outcome = idempotency.begin(scope, fingerprint);
        if (outcome instanceof Replay replay) {
            return respond(replay.saved().status(), replay.saved().body(), requestId, key, true);
        }
        if (outcome instanceof Mismatch) {
            return error(StripeApiError.idempotency(400, null, "Keys for idempotent requests can only be used with "
                    + "the same parameters they were first used with. Try using a key other than '" + key
                    + "' if you meant to execute a different request."), requestId);
        }
        if (!(outcome instanceof Started)) {
            return error(StripeApiError.idempotency(409, "idempotency_key_in_use", "There is currently another "
                    + "in-progress request using this Idempotent Key (that probably means you submitted twice, and "
                    + "the other request is still going through): " + key + ". Please try again later."), requestId);
        }
        Result result = execute(body, headers, requestId, key, handler);
        if (result.saveable()) {
            idempotency.complete(scope, new Saved(result.status(), result.body()));
        } else {
            idempotency.abandon(scope);
        }
        return respond(result.status(), result.body(), requestId, key, false);
    }

    private Result execute(String encodedParams, HttpHeaders headers, String requestId, String key, Handler handler) {
        RequestInfo.set(new RequestInfo(requestId, key));
        try {
            Params params = new Params(FormParser.parse(encodedParams));
            boolean publishable = ApiKeys.from(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                    .map(ApiKeys::isPublishable).orElse(false);
            Object result = handler.handle(params, publishable);
            ObjectNode json = result instanceof StripeObject o ? o.toJson() : (ObjectNode) result;
            expander.expand(json, params.expand());
            return new Result(200, Json.write(json), true);
        } catch (StripeApiError e) {
            // Stripe keeps no result for requests refused before they ran (validation, missing objects).
            boolean refusedUpFront = "invalid_request_error".equals(e.type());
            return new Result(e.status(), e.body().toString(), !refusedUpFront);
        } catch (RuntimeException e) {
            LOG.error("Unexpected error in " + requestId, e);
            StripeApiError error = new StripeApiError(500, "api_error", null, null, null,
                    "An unknown error occurred in the Stripe emulator (" + requestId + ").");
            return new Result(500, error.body().toString(), true);
        } finally {
            RequestInfo.set(null);
        }
    }

    private Response error(StripeApiError e, String requestId) {
        return respond(e.status(), e.body().toString(), requestId, null, false);
    }

    private Response respond(int status, String body, String requestId, String key, boolean replayed) {
        Response.ResponseBuilder rb = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body)
                .header("Request-Id", requestId).header("Stripe-Version", config.apiVersion());
        if (key != null) {
            rb.header("Idempotency-Key", key);
        }
        if (replayed) {
            rb.header("Idempotent-Replayed", "true");
        }
        return rb.build();
    }
}
