package io.connect.e2e;

import io.connect.testsupport.PartnerFixture;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.connect.e2e.PartnerCalls.awaitInactive;
import static io.connect.e2e.PartnerCalls.saveCard;
import static io.connect.e2e.PartnerCalls.start;
import static io.connect.e2e.PartnerCalls.stop;
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
        return PartnerCalls.newPartner("e2e-errors");
    }

    private static String newUser(PartnerFixture.Partner partner) {
        return PartnerCalls.newUser(partner, "errors");
    }
}
