package io.connect.e2e;

import io.connect.testsupport.PartnerFixture;
import io.restassured.response.Response;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.connect.e2e.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The calls a partner makes through the gateway, shared by the journeys that need a fresh user with a card. */
final class PartnerCalls {

    private PartnerCalls() {
    }

    static PartnerFixture.Partner newPartner(String namePrefix) {
        return new PartnerFixture(Stack.GATEWAY, Stack.ADMIN_TOKEN).createPartner(namePrefix);
    }

    static String newUser(PartnerFixture.Partner partner, String emailPrefix) {
        return new PartnerFixture(Stack.GATEWAY, Stack.ADMIN_TOKEN)
                .createUser(partner, emailPrefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    /** Saves a test card the way Stripe.js does and waits until it is listed; returns its id. */
    static String saveCard(PartnerFixture.Partner partner, String user, String alias, int expectedCount) {
        String secret = as(partner.apiToken())
                .get("/api/v1/users/{id}/setup-intents/?pm_type=card", user)
                .then().statusCode(200).extract().path("client_secret");
        String pm = StripeJs.confirmSetupIntent(secret, alias);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", user)
                        .jsonPath().getList("results.id").contains(pm));
        assertEquals(expectedCount, as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", user)
                .jsonPath().getInt("count"));
        return pm;
    }

    static Response start(PartnerFixture.Partner partner, String user, String evse, String card, String key) {
        Map<String, String> body = new HashMap<>();
        body.put("evse_id", evse);
        body.put("payment_method_id", card);
        var request = as(partner.apiToken()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/users/{id}/charging/start/", user);
    }

    static Response stop(PartnerFixture.Partner partner, String user, String session) {
        return as(partner.apiToken()).post("/api/v1/users/{id}/charging/stop/{sid}/", user, session);
    }

    static Response session(PartnerFixture.Partner partner, String user, String session) {
        return as(partner.apiToken()).get("/api/v1/users/{id}/charging-sessions/{sid}/", user, session);
    }

    /** The CPO's CDR completes the session; until then the EVSE is not free for the next run. */
    static void awaitInactive(PartnerFixture.Partner partner, String user, String session) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response r = session(partner, user, session);
            return r.statusCode() == 200 && !r.jsonPath().getBoolean("is_active")
                    && r.jsonPath().get("end_time") != null;
        });
    }

    /** Completed and billed: billing's invoice (paid or not) has reached the session as {@code session_cost}. */
    static Response awaitBilled(PartnerFixture.Partner partner, String user, String session) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response r = session(partner, user, session);
            return r.statusCode() == 200 && !r.jsonPath().getBoolean("is_active")
                    && r.jsonPath().get("session_cost") != null;
        });
        return session(partner, user, session);
    }
}
