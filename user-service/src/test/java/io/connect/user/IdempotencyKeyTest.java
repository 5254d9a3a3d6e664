package io.connect.user;

import io.connect.user.Api.Partner;
import io.connect.platform.idempotency.Idempotency;
import io.connect.platform.idempotency.IdempotencyStore;
import io.connect.user.api.UserInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.connect.user.Api.as;
import static io.connect.user.Api.newPartner;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idempotency-Key on POST /api/v1/users/ (platform's io.connect.platform.idempotency on the real database). */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    IdempotencyStore store;

    @Inject
    Idempotency idempotency;

    private static Map<String, Object> body(String email) {
        return Map.of("email", email, "locale", "en");
    }

    private static String email() {
        return "idem-" + UUID.randomUUID() + "@example.org";
    }

    /** Each test uses a fresh partner, so its user count is what the test created. */
    private static int users(Partner p) {
        return as(p).get("/api/v1/users/").then().statusCode(200).extract().path("count");
    }

    @Test
    void theSameKeyTwiceCreatesOneUserAndReplaysTheFirstAnswer() {
        Partner p = newPartner("idem");
        String key = "create-" + UUID.randomUUID();
        String email = email();

        Response first = as(p).header("Idempotency-Key", key).body(body(email)).post("/api/v1/users/");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response second = as(p).header("Idempotency-Key", key).body(body(email)).post("/api/v1/users/");
        second.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));

        assertEquals(first.jsonPath().getMap(""), second.jsonPath().getMap(""), "the same body, same id");
        assertEquals(1, users(p));

        // another partner's identical key is its own
        Partner other = newPartner("idem-other");
        as(other).header("Idempotency-Key", key).body(body(email())).post("/api/v1/users/")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        Partner p = newPartner("idem-422");
        String key = "k-" + UUID.randomUUID();
        as(p).header("Idempotency-Key", key).body(body(email())).post("/api/v1/users/").then().statusCode(201);
        String otherEmail = email();
        as(p).header("Idempotency-Key", key).body(body(otherEmail)).post("/api/v1/users/")
                .then().statusCode(422)
                .body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("was used with a different request"));
        assertEquals(1, users(p));
    }

    @Test
    void validationFailuresAreNotStoredAndOverlongKeysAreRefused() {
        Partner p = newPartner("idem-400");
        String key = "k-" + UUID.randomUUID();
        as(p).header("Idempotency-Key", key).body(Map.of("email", "not-an-email", "locale", "en"))
                .post("/api/v1/users/").then().statusCode(400);
        // the same key may be used again once the body is fixed: the 400 was not remembered
        String email = email();
        as(p).header("Idempotency-Key", key).body(body(email)).post("/api/v1/users/")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aKeyLongerThan255CharactersIsA400() {
        Partner p = newPartner("idem-long");
        as(p).header("Idempotency-Key", "x".repeat(256)).body(body(email())).post("/api/v1/users/")
                .then().statusCode(400).body("error.details", containsString("Idempotency-Key"));
        as(p).header("Idempotency-Key", "x".repeat(255)).body(body(email())).post("/api/v1/users/")
                .then().statusCode(201);
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneUser() throws Exception {
        Partner p = newPartner("idem-race");
        String key = "race-" + UUID.randomUUID();
        String email = email();
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() ->
                    as(p).header("Idempotency-Key", key).body(body(email)).post("/api/v1/users/")));
        }
        String id = null;
        for (CompletableFuture<Response> call : calls) {
            Response r = call.get(30, TimeUnit.SECONDS);
            if (r.statusCode() == 201) {
                String created = r.path("id");
                assertTrue(id == null || id.equals(created), "every 201 names the same user");
                id = created;
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertTrue(r.<String>path("detail").contains("still being processed"), r.asString());
                assertNull(r.path("error"));
            }
        }
        assertEquals(1, users(p));
    }

    @Test
    void aRequestWhileTheFirstIsInProgressIsA409() {
        Partner p = newPartner("idem-busy");
        String key = "busy-" + UUID.randomUUID();
        String email = email();
        // the first request has claimed the key and not finished (as if it were still running)
        String fingerprint = idempotency.fingerprint("POST", "/api/v1/users/", new UserInput(email, "en", null));
        assertInstanceOf(IdempotencyStore.Claimed.class, store.claim(p.id(), key, fingerprint, Duration.ofHours(24)));

        as(p).header("Idempotency-Key", key).body(body(email)).post("/api/v1/users/")
                .then().statusCode(409).body("detail", containsString("still being processed"));
        assertEquals(0, users(p));

        // once it failed without a stored answer, the key is free again
        store.release(p.id(), key);
        as(p).header("Idempotency-Key", key).body(body(email)).post("/api/v1/users/").then().statusCode(201);
        assertEquals(1, users(p));
    }

    @Test
    void theStoreReplaysDoneKeysAndExpiresOldOnes() {
        String partner = UUID.randomUUID().toString();
        Duration day = Duration.ofHours(24);
        assertInstanceOf(IdempotencyStore.Claimed.class, store.claim(partner, "k", "f1", day));
        assertInstanceOf(IdempotencyStore.InProgress.class, store.claim(partner, "k", "f1", day));
        assertInstanceOf(IdempotencyStore.Mismatch.class, store.claim(partner, "k", "f2", day));
        store.complete(partner, "k", 201, "{\"id\": \"x\"}");
        IdempotencyStore.Claim replay = store.claim(partner, "k", "f1", day);
        assertEquals(new IdempotencyStore.Replay(201, "{\"id\": \"x\"}"), replay);
        // a partner's key is not another's
        assertInstanceOf(IdempotencyStore.Claimed.class, store.claim(UUID.randomUUID().toString(), "k", "f2", day));
        // once older than the time to live, the key is claimed afresh
        assertInstanceOf(IdempotencyStore.Claimed.class, store.claim(partner, "k", "f2", Duration.ZERO));
    }
}
