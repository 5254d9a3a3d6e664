package io.connect.charging;

import io.connect.charging.domain.SessionState;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = ChargingTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChargingApiTest {

    static final String MICROS_Z = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z";

    @Inject
    SessionSeeder seeder;

    PartnerFixture.Partner partner;
    PartnerFixture.Partner otherPartner;

    @BeforeAll
    void partners() {
        partner = Fixtures.partner("charging-api");
        otherPartner = Fixtures.partner("charging-other");
    }

    RequestSpecification as(PartnerFixture.Partner p) {
        return given().header("Authorization", "Bearer " + p.apiToken()).contentType(ContentType.JSON);
    }

    @Test
    void aSessionHasExactlyTheSeedsFieldsAndFormats() {
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC), "cpo-1");

        Map<String, Object> body = as(partner).get("/api/v1/users/{u}/charging-sessions/{s}/", user, id)
                .then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("start_time", matchesPattern(MICROS_Z))
                .body("start_time", containsString(".754610Z"))
                .body("end_time", matchesPattern(MICROS_Z))
                .body("duration", equalTo(10))
                .body("consumed_energy", equalTo("10.000"))
                .body("is_active", equalTo(false))
                .body("evse_id", equalTo("DE*CIQ*EELDF6XWZU41P*2"))
                .body("station_info.connector_power", equalTo(22))
                .body("station_info.latitude", equalTo("49.630383"))
                .body("is_partner", equalTo(true))
                .body("user_facing_session_prices.kwh_price", equalTo("0.54"))
                .body("user_facing_session_prices.currency", equalTo("eur"))
                .body("session_cost", nullValue())
                .body("rates", nullValue())
                .extract().jsonPath().getMap("$");
        assertEquals(Set.of("id", "start_time", "end_time", "duration", "consumed_energy", "is_active", "evse_id",
                "station_info", "is_partner", "logo_url", "user_facing_session_prices", "session_cost", "rates"),
                body.keySet());
        assertEquals(Set.of("station_name", "station_address", "country", "station_speed", "connector_standard",
                "connector_power", "support_phone", "latitude", "longitude"),
                ((Map<?, ?>) body.get("station_info")).keySet());
        assertEquals(Set.of("kwh_price", "time_price", "session_fee", "blocking_fee", "starting_fee",
                "grace_period_minutes", "blocking_cap", "currency"),
                ((Map<?, ?>) body.get("user_facing_session_prices")).keySet());
    }

    @Test
    void anActiveSessionIsActiveWithZeroEnergy() {
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.ACTIVE, OffsetDateTime.now(ZoneOffset.UTC), "cpo-2");
        as(partner).get("/api/v1/users/{u}/charging-sessions/{s}/", user, id).then().statusCode(200)
                .body("is_active", equalTo(true))
                .body("consumed_energy", equalTo("0.000"))
                .body("duration", equalTo(0))
                .body("end_time", nullValue());
    }

    @Test
    void theListIsPaginatedNewestFirst() {
        String user = Fixtures.user(partner);
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3);
        UUID oldest = seeder.seed(user, partner.id(), SessionState.COMPLETED, t, null);
        UUID middle = seeder.seed(user, partner.id(), SessionState.FAILED, t.plusHours(1), null);
        UUID newest = seeder.seed(user, partner.id(), SessionState.ACTIVE, t.plusHours(2), "cpo-3");

        String next = as(partner).queryParam("page_size", 2).get("/api/v1/users/{u}/charging-sessions/", user)
                .then().statusCode(200)
                .body("count", equalTo(3))
                .body("previous", nullValue())
                .body("results.size()", equalTo(2))
                .body("results[0].id", equalTo(newest.toString()))
                .body("results[1].id", equalTo(middle.toString()))
                .body("next", containsString("page=2"))
                .extract().path("next");
        assertEquals(true, next.startsWith("http"), next);

        as(partner).queryParam("page_size", 2).queryParam("page", 2)
                .get("/api/v1/users/{u}/charging-sessions/", user)
                .then().statusCode(200)
                .body("results.size()", equalTo(1))
                .body("results[0].id", equalTo(oldest.toString()))
                .body("next", nullValue())
                .body("previous", containsString("page_size=2"));

        as(partner).queryParam("page", 5).get("/api/v1/users/{u}/charging-sessions/", user)
                .then().statusCode(404).body("detail", equalTo("Invalid page."));
        as(partner).queryParam("page", "x").get("/api/v1/users/{u}/charging-sessions/", user)
                .then().statusCode(400).body("error.type", equalTo("validation_error"))
                .body("error.details", equalTo("page: must be a positive integer"));
    }

    @Test
    void ratingAcceptsOneToFiveOnly() {
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC), null);
        String path = "/api/v1/users/{u}/charging-sessions/{s}/";

        as(partner).body("{\"rates\": 4}").patch(path, user, id).then().statusCode(200)
                .body("rates", equalTo(4)).body("id", equalTo(id.toString()));
        as(partner).get(path, user, id).then().body("rates", equalTo(4));

        for (String bad : new String[]{"0", "6", "\"x\"", "2.5"}) {
            as(partner).body("{\"rates\": " + bad + "}").patch(path, user, id).then().statusCode(400)
                    .body("error.type", equalTo("validation_error"))
                    .body("error.details", containsString("rates"));
        }
        as(partner).get(path, user, id).then().body("rates", equalTo(4));
    }

    @Test
    void stoppingAFinishedSessionIsAlreadyStopped() {
        String user = Fixtures.user(partner);
        UUID done = seeder.seed(user, partner.id(), SessionState.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC), "c");
        as(partner).post("/api/v1/users/{u}/charging/stop/{s}/", user, done).then().statusCode(409)
                .body("error.type", equalTo("already_stopped"));

        String user2 = Fixtures.user(partner);
        UUID starting = seeder.seed(user2, partner.id(), SessionState.STARTING, OffsetDateTime.now(ZoneOffset.UTC), null);
        as(partner).post("/api/v1/users/{u}/charging/stop/{s}/", user2, starting).then().statusCode(409)
                .body("error.details", containsString("still starting"));
    }

    @Test
    void otherUsersAndPartnersSeeNothing() {
        String owner = Fixtures.user(partner);
        String sameP = Fixtures.user(partner);
        String foreign = Fixtures.user(otherPartner);
        UUID id = seeder.seed(owner, partner.id(), SessionState.ACTIVE, OffsetDateTime.now(ZoneOffset.UTC), "cpo-4");

        // another partner, even naming the right user
        as(otherPartner).get("/api/v1/users/{u}/charging-sessions/{s}/", owner, id).then().statusCode(404);
        as(otherPartner).post("/api/v1/users/{u}/charging/stop/{s}/", owner, id).then().statusCode(404);
        as(otherPartner).get("/api/v1/users/{u}/charging-sessions/{s}/", foreign, id).then().statusCode(404);
        // another user of the same partner
        as(partner).get("/api/v1/users/{u}/charging-sessions/{s}/", sameP, id).then().statusCode(404);
        as(partner).post("/api/v1/users/{u}/charging/stop/{s}/", sameP, id).then().statusCode(404);
        as(partner).body("{\"rates\": 5}").patch("/api/v1/users/{u}/charging-sessions/{s}/", sameP, id)
                .then().statusCode(404);
        // not an id at all
        as(partner).get("/api/v1/users/{u}/charging-sessions/{s}/", owner, "not-a-uuid").then().statusCode(404);
        as(partner).post("/api/v1/users/{u}/charging/stop/{s}/", owner, "not-a-uuid").then().statusCode(404);
        // no token
        given().get("/api/v1/users/{u}/charging-sessions/", owner).then().statusCode(403);
        // and the owner still sees it
        as(partner).get("/api/v1/users/{u}/charging-sessions/{s}/", owner, id).then().statusCode(200);
    }

    @Test
    void startValidatesBeforeCallingAnyone() {
        String user = Fixtures.user(partner);
        as(partner).body("{\"payment_method_id\": \"pm_card_visa\"}").post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(400)
                .body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("evse_id"));
        as(partner).body("{\"evse_id\": \"DE*CIQ*E1*1\"}").post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(400)
                .body("error.details", containsString("payment_method_id"));
        as(partner).body("{\"evse_id\": \"DE*CIQ*E1*1\", \"payment_method_id\": \"pm_1\"").post(
                "/api/v1/users/{u}/charging/start/", user).then().statusCode(400);
    }

    @Test
    void aUserChargesOnceAtATime() {
        String user = Fixtures.user(partner);
        seeder.seed(user, partner.id(), SessionState.ACTIVE, OffsetDateTime.now(ZoneOffset.UTC), "cpo-5");
        as(partner).body("{\"evse_id\": \"DE*CIQ*E1*1\", \"payment_method_id\": \"pm_card_visa\"}")
                .post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(409)
                .body("detail", equalTo("Charging Error"))
                .body("error.type", equalTo("already_charging"));
    }

    @Test
    void aStartWhoseNeighboursAreDownIsAClearFailedDependency() {
        String user = Fixtures.user(partner);
        as(partner).body("{\"evse_id\": \"DE*CIQ*E1*1\", \"payment_method_id\": \"pm_card_visa\"}")
                .post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(424)
                .body("error.details", containsString("billing-service"));
    }
}
