package io.connect.e2e;

import io.connect.testsupport.PartnerFixture;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.connect.e2e.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The refusals a partner meets when starting and stopping charging, through the gateway of the running stack.
 * Each test has its own partner and user; every session started here is stopped and completed, so the EVSEs
 * are free again for the next run.
 */
class ChargingErrorsIT {

    static final String DECLINE_EVSE = "DE*CIQ*EELDF6XWZU41P*1";
    static final String IDEMPOTENT_EVSE = "DE*CIQ*EWBNHHLM82TLA*2";

    @BeforeAll
    static void stationsAreCached() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        PartnerFixture.Partner p = newPartner();
        // This class may run before the journey: wait until the station cache has filled from the CPO.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                as(p.apiToken()).get("/api/v1/stations/around/?latitude=49.630383&longitude=8.368902&distance=10")
                        .jsonPath().getList("results.evses.flatten().evse_id").containsAll(
                                List.of(DECLINE_EVSE, IDEMPOTENT_EVSE)));
    }

    @Test
    void aDecliningCardIsRefusedAndTheEvseStaysStartable() {
        PartnerFixture.Partner partner = newPartner();
        String user = newUser(partner);
        String declining = saveCard(partner, user, "pm_card_chargeDeclined", 1);

        start(partner, user, DECLINE_EVSE, declining, null)
                .then().statusCode(402)
                .body("detail", notNullValue())
                .body("error.type", equalTo("pre_authorization_failed"));

        // The failed start holds neither the user nor the EVSE: a good card starts on the same EVSE.
        String good = saveCard(partner, user, "pm_card_visa", 2);
        String session = start(partner, user, DECLINE_EVSE, good, null)
                .then().statusCode(201)
                .body("evse_id", equalTo(DECLINE_EVSE))
                .body("is_active", equalTo(true))
                .extract().path("id");
        stop(partner, user, session).then().statusCode(204);
        awaitInactive(partner, user, session);
    }

    @Test
    void aCardNeedingAuthenticationIsRefusedWithTheSecretToAuthenticate() {
        PartnerFixture.Partner partner = newPartner();
        String user = newUser(partner);
        String card = saveCard(partner, user, "pm_card_authenticationRequired", 1);

        start(partner, user, DECLINE_EVSE, card, null)
                .then().statusCode(402)
                .body("error.type", equalTo("pre_authorization_failed"))
                .body("error.payment_intent_client_secret", matchesPattern("pi_.+_secret_.+"));
    }

    @Test
    void anIdempotencyKeyReplaysTheStartAndStopsAreNotRepeated() {
        PartnerFixture.Partner partner = newPartner();
        String user = newUser(partner);
        String card = saveCard(partner, user, "pm_card_visa", 1);
        String key = "e2e-" + UUID.randomUUID();

        String session = start(partner, user, IDEMPOTENT_EVSE, card, key)
                .then().statusCode(201)
                .body("is_active", equalTo(true))
                .extract().path("id");
        try {
            Response replay = start(partner, user, IDEMPOTENT_EVSE, card, key);
            replay.then().statusCode(201)
                    .header("Idempotent-Replayed", equalTo("true"))
                    .body("id", equalTo(session));

            start(partner, user, IDEMPOTENT_EVSE, card, null)
                    .then().statusCode(409)
                    .body("error.type", equalTo("already_charging"));
        } finally {
            stop(partner, user, session).then().statusCode(204);
        }
        stop(partner, user, session)
                .then().statusCode(409)
                .body("error.type", equalTo("already_stopped"));
        awaitInactive(partner, user, session);
        assertEquals(1, as(partner.apiToken()).get("/api/v1/users/{id}/charging-sessions/", user)
                .then().statusCode(200).extract().jsonPath().getInt("count"), "the replay started nothing");
    }

    @Test
    void badStartRequestsAreRefusedNamingTheProblem() {
        PartnerFixture.Partner partner = newPartner();
        String user = newUser(partner);
        String card = saveCard(partner, user, "pm_card_visa", 1);

        start(partner, user, "DE*CIQ*NOSUCHEVSE*9", card, null)
                .then().statusCode(404)
                .body("detail", containsString("DE*CIQ*NOSUCHEVSE*9"));

        // A card of another user of the same partner is not this user's.
        String other = newUser(partner);
        String othersCard = saveCard(partner, other, "pm_card_visa", 1);
        start(partner, user, DECLINE_EVSE, othersCard, null)
                .then().statusCode(400)
                .body("error.type", equalTo("payment_method_error"));

        as(partner.apiToken()).contentType(ContentType.JSON)
                .body(Map.of("payment_method_id", card))
                .post("/api/v1/users/{id}/charging/start/", user)
                .then().statusCode(400)
                .body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("evse_id"));

        assertEquals(0, as(partner.apiToken()).get("/api/v1/users/{id}/charging-sessions/", user)
                .then().statusCode(200).extract().jsonPath().getInt("count"), "no refused start left a session");
    }

    private static PartnerFixture.Partner newPartner() {
        return new PartnerFixture(Stack.GATEWAY, Stack.ADMIN_TOKEN).createPartner("e2e-errors");
    }

    private static String newUser(PartnerFixture.Partner partner) {
        return new PartnerFixture(Stack.GATEWAY, Stack.ADMIN_TOKEN)
                .createUser(partner, "errors-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    /** Saves a test card the way Stripe.js does and waits until it is listed; returns its id. */
    private static String saveCard(PartnerFixture.Partner partner, String user, String alias, int expectedCount) {
        String secret = as(partner.apiToken())
                .get("/api/v1/users/{id}/setup-intents/?pm_type=card", user)
                .then().statusCode(200).extract().path("client_secret");
        RestAssured.given().baseUri(Stack.STRIPE)
                .header("Authorization", "Bearer pk_test_local")
                .contentType(ContentType.URLENC)
                .formParam("payment_method", alias)
                .formParam("client_secret", secret)
                .post("/v1/setup_intents/{id}/confirm", secret.substring(0, secret.indexOf("_secret_")))
                .then().statusCode(200).body("status", equalTo("succeeded"));
        String seti = secret.substring(0, secret.indexOf("_secret_"));
        String pm = RestAssured.given().baseUri(Stack.STRIPE)
                .header("Authorization", "Bearer sk_test_local")
                .get("/v1/setup_intents/{id}", seti)
                .then().statusCode(200).extract().path("payment_method");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", user)
                        .jsonPath().getList("results.id").contains(pm));
        assertEquals(expectedCount, as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", user)
                .jsonPath().getInt("count"));
        return pm;
    }

    private static Response start(PartnerFixture.Partner partner, String user, String evse, String card, String key) {
        Map<String, String> body = new HashMap<>();
        body.put("evse_id", evse);
        body.put("payment_method_id", card);
        var request = as(partner.apiToken()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/users/{id}/charging/start/", user);
    }

    private static Response stop(PartnerFixture.Partner partner, String user, String session) {
        return as(partner.apiToken()).post("/api/v1/users/{id}/charging/stop/{sid}/", user, session);
    }

    /** The CPO's CDR completes the session; until then the EVSE is not free for the next run. */
    private static void awaitInactive(PartnerFixture.Partner partner, String user, String session) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response r = as(partner.apiToken()).get("/api/v1/users/{id}/charging-sessions/{sid}/", user, session);
            return r.statusCode() == 200 && !r.jsonPath().getBoolean("is_active")
                    && r.jsonPath().get("end_time") != null;
        });
    }
}
