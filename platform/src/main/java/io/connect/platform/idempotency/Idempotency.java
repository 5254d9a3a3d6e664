package io.connect.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for the POSTs that create things, with Stripe's semantics: the same key with the same
 * request answers the first response again (header {@code Idempotent-Replayed: true}); the same key with another
 * request is a 422; while the first request runs, a second one gets a 409. Successes and business refusals
 * (402, 409, 424) are stored; other failures (validation, 5xx) are forgotten so that the client can retry.
 * A resource calls {@link #execute} (blocking) or {@link #executeUni} with the partner id read on its own thread.
 * The request fingerprint is SHA-256 over method, path and the body as parsed (re-serialised), so key order or
 * spacing in the JSON does not make two equal requests differ.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final Set<Integer> STORED_REFUSALS = Set.of(402, 409, 424);
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "connect.idempotency.ttl", defaultValue = "PT24H")
    Duration ttl;

    /** Runs {@code action} at most once per key; without a key it simply runs it. */
    public Response execute(String partnerId, String key, String method, String path, Object body,
                            Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        checkKey(key);
        String fingerprint = fingerprint(method, path, body);
        Optional<Response> earlier = claim(partnerId, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            Response response = action.get();
            recordResponse(partnerId, key, response);
            return response;
        } catch (RuntimeException e) {
            recordFailure(partnerId, key, e);
            throw e;
        }
    }

    /** The same for an action answering later; the database work runs on worker threads. */
    public Uni<Response> executeUni(String partnerId, String key, String method, String path, Object body,
                                    Supplier<Uni<Response>> action) {
        if (key == null) {
            return action.get();
        }
        checkKey(key);
        String fingerprint = fingerprint(method, path, body);
        return Uni.createFrom().item(() -> claim(partnerId, key, fingerprint))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(earlier -> earlier.isPresent()
                        ? Uni.createFrom().item(earlier.get())
                        : Uni.createFrom().<Response>deferred(action::get)
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .onItem().invoke(response -> recordResponse(partnerId, key, response))
                        .onFailure().invoke(e -> recordFailure(partnerId, key, e)));
    }

    @Scheduled(every = "${connect.idempotency.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            int purged = store.purgeExpired(ttl);
            if (purged > 0) {
                LOG.debugf("%d expired idempotency keys deleted", purged);
            }
        } catch (RuntimeException e) {
            LOG.warnf("idempotency key cleanup failed, will retry: %s", e.getMessage());
        }
    }

    private Optional<Response> claim(String partnerId, String key, String fingerprint) {
        IdempotencyStore.Claim claim = store.claim(partnerId, key, fingerprint, ttl);
        if (claim instanceof IdempotencyStore.Replay replay) {
            return Optional.of(Response.status(replay.status()).type(MediaType.APPLICATION_JSON)
                    .entity(tree(replay.body())).header(REPLAYED, "true").build());
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            throw new ApiException(422, "Idempotency key reused.", ErrorType.VALIDATION_ERROR,
                    "Idempotency-Key " + key + " was used with a different request (method, path or body).");
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            throw ApiException.detailOnly(409, "A request with Idempotency-Key " + key
                    + " is still being processed; retry once it has finished.");
        }
        return Optional.empty();
    }

    private void recordResponse(String partnerId, String key, Response response) {
        int status = response.getStatus();
        if (status / 100 == 2 || STORED_REFUSALS.contains(status)) {
            store.complete(partnerId, key, status, json(response.getEntity()));
        } else {
            store.release(partnerId, key);
        }
    }

    private void recordFailure(String partnerId, String key, Throwable e) {
        try {
            if (e instanceof ApiException api && STORED_REFUSALS.contains(api.status())) {
                store.complete(partnerId, key, api.status(), json(api.body()));
            } else {
                store.release(partnerId, key);
            }
        } catch (RuntimeException storeFailure) {
            // the original failure is what the client must see; the key stays IN_PROGRESS until it expires
            LOG.errorf(storeFailure, "could not record the outcome of Idempotency-Key %s", key);
        }
    }

    private static void checkKey(String key) {
        if (key.isBlank()) {
            throw ApiException.validation(HEADER, "must not be blank");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiException.validation(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
    }

    /** SHA-256 (hex) of method, path and the body as the application's ObjectMapper writes it. */
    public String fingerprint(String method, String path, Object body) {
        String canonical = method + "\n" + path + "\n" + (body == null ? "" : json(body));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return value == null ? "null" : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable for Idempotency-Key", e);
        }
    }

    private Object tree(String body) {
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return body;
        }
    }
}
