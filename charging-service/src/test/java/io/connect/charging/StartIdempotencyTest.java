package io.connect.charging;

import io.connect.charging.domain.SessionState;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Idempotency-Key on POST /charging/start/. The full start needs every neighbour (the e2e test has them); the
 * refusals that are stored (409 already_charging, 424) prove the replay: a replayed answer is the first one,
 * even once a fresh run would answer something else.
 */
@QuarkusTest
@WithTestResource(value = ChargingTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StartIdempotencyTest {

    private static final String BODY = "{\"evse_id\": \"DE*CIQ*E1*1\", \"payment_method_id\": \"pm_card_visa\"}";

    @Inject
    SessionSeeder seeder;

    private static RequestSpecification as(PartnerFixture.Partner p, String key) {
        return given().header("Authorization", "Bearer " + p.apiToken()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON);
    }

    @Test
    void theSameKeyReplaysTheFirstAnswerAndAnotherBodyIsRefused() {
        PartnerFixture.Partner partner = Fixtures.partner("start-idem");
        String user = Fixtures.user(partner);
        UUID open = seeder.seed(user, partner.id(), SessionState.ACTIVE, OffsetDateTime.now(ZoneOffset.UTC), "idem-1");
        String key = "start-" + UUID.randomUUID();

        Response first = as(partner, key).body(BODY).post("/api/v1/users/{u}/charging/start/", user);
        first.then().statusCode(409).body("error.type", equalTo("already_charging"))
                .header("Idempotent-Replayed", nullValue());

        // the session ends: a new start would now go on (and fail on the dead neighbours with 424) ...
        seeder.setState(open, SessionState.COMPLETED);
        // ... but the same key answers the stored first response
        Response replay = as(partner, key).body(BODY).post("/api/v1/users/{u}/charging/start/", user);
        replay.then().statusCode(409).header("Idempotent-Replayed", equalTo("true"));
        assertEquals(first.jsonPath().getMap(""), replay.jsonPath().getMap(""));

        as(partner, key).body("{\"evse_id\": \"DE*CIQ*E2*1\", \"payment_method_id\": \"pm_card_visa\"}")
                .post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(422)
                .body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("was used with a different request"));

        // a new key runs the start for real
        as(partner, "start-" + UUID.randomUUID()).body(BODY).post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(424).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void validationFailuresAreNotStoredAndOverlongKeysAreRefused() {
        PartnerFixture.Partner partner = Fixtures.partner("start-idem-400");
        String user = Fixtures.user(partner);
        String key = "start-" + UUID.randomUUID();
        as(partner, key).body("{\"evse_id\": \"DE*CIQ*E1*1\"}").post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(400);
        // same key, corrected body: not a 422, the 400 was not remembered
        as(partner, key).body(BODY).post("/api/v1/users/{u}/charging/start/", user).then().statusCode(424);
        as(partner, key).body(BODY).post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(424).header("Idempotent-Replayed", equalTo("true"));

        as(partner, "k".repeat(256)).body(BODY).post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(400).body("error.details", containsString("Idempotency-Key"));
    }
}
