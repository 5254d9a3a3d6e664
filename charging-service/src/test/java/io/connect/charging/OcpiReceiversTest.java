package io.connect.charging;

import io.connect.testsupport.Scrape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.charging.domain.SessionState;
import io.connect.charging.persistence.ChargingSession;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CPO's side: CommandResults, Session PUT/PATCH, CDRs, and the events they cause. */
@QuarkusTest
@WithTestResource(value = ChargingTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcpiReceiversTest {

    static final String TOPIC = "test.connect.charging.sessions.v1";
    static final String BASE = "/ocpi/emsp/2.2.1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SessionSeeder seeder;

    PartnerFixture.Partner partner;
    EventTap tap;

    @BeforeAll
    void partner() {
        partner = Fixtures.partner("charging-ocpi");
    }

    @BeforeEach
    void openTap() {
        tap = new EventTap(TOPIC);
    }

    @AfterEach
    void closeTap() {
        tap.close();
    }

    static RequestSpecification cpo() {
        String token = Base64.getEncoder().encodeToString("local-emsp-token-b".getBytes(StandardCharsets.UTF_8));
        return given().header("Authorization", "Token " + token).contentType(ContentType.JSON);
    }

    static String ts(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString().replace("+00:00", "Z");
    }

    @Test
    void theWrongTokenIs401() {
        given().contentType(ContentType.JSON).body("{}").post(BASE + "/cdrs").then().statusCode(401)
                .body("status_code", equalTo(2000));
        String wrong = Base64.getEncoder().encodeToString("nope".getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Token " + wrong).contentType(ContentType.JSON).body("{}")
                .put(BASE + "/sessions/DE/CIQ/x").then().statusCode(401);
    }

    @Test
    void sessionUpdatesRaiseProgressAndNeverGoBackwards() {
        String user = Fixtures.user(partner);
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).truncatedTo(ChronoUnit.SECONDS);
        UUID id = seeder.seed(user, partner.id(), SessionState.ACTIVE, t0, null);
        String cpoId = "cpo-" + UUID.randomUUID();

        cpo().body("""
                {"country_code": "DE", "party_id": "CIQ", "id": "%s", "start_date_time": "%s", "kwh": 1.5,
                 "authorization_reference": "%s", "location_id": "loc", "evse_uid": "e1", "connector_id": "1",
                 "currency": "EUR", "charging_periods": [], "status": "ACTIVE", "last_updated": "%s"}"""
                .formatted(cpoId, ts(t0), id, ts(t0.plusSeconds(60))))
                .put(BASE + "/sessions/DE/CIQ/" + cpoId).then().statusCode(200).body("status_code", equalTo(1000));
        JsonNode first = tap.await("charging.session.progress.v1", id.toString(), Duration.ofSeconds(15));
        assertEquals("1.500", first.path("data").path("consumed_energy").asText());
        assertEquals(60, first.path("data").path("duration").asInt());

        cpo().body("""
                {"kwh": 3.25, "charging_periods": [{"start_date_time": "%s",
                  "dimensions": [{"type": "ENERGY", "volume": 3.25}]}], "last_updated": "%s"}"""
                .formatted(ts(t0), ts(t0.plusSeconds(120))))
                .patch(BASE + "/sessions/DE/CIQ/" + cpoId).then().statusCode(200);
        JsonNode second = tap.awaitCount("charging.session.progress.v1", id.toString(), 2, Duration.ofSeconds(15))
                .get(1);
        assertEquals("3.250", second.path("data").path("consumed_energy").asText());
        assertEquals(120, second.path("data").path("duration").asInt());

        // an older update (arriving late) changes nothing
        cpo().body("{\"kwh\": 2.0, \"last_updated\": \"%s\"}".formatted(ts(t0.plusSeconds(90))))
                .patch(BASE + "/sessions/DE/CIQ/" + cpoId).then().statusCode(200);

        as(user, id).then().statusCode(200)
                .body("consumed_energy", equalTo("3.250"))
                .body("duration", equalTo(120))
                .body("is_active", equalTo(true));
        ChargingSession stored = seeder.load(id);
        assertEquals(cpoId, stored.cpoSessionId);
        assertTrue(stored.chargingPeriods.contains("ENERGY"));
        assertEquals(2, tap.all("charging.session.progress.v1", id.toString(), Duration.ofSeconds(2)).size(),
                "the late PATCH published nothing");
        assertEquals(id.toString(), tap.keys().get(0));
    }

    @Test
    void aSessionReportedActiveSettlesAStartingSession() {
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.STARTING, OffsetDateTime.now(ZoneOffset.UTC), null);
        String cpoId = "cpo-" + UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        cpo().body("""
                {"country_code": "DE", "party_id": "CIQ", "id": "%s", "start_date_time": "%s", "kwh": 0,
                 "authorization_reference": "%s", "status": "ACTIVE", "last_updated": "%s"}"""
                .formatted(cpoId, ts(start), id, ts(start)))
                .put(BASE + "/sessions/DE/CIQ/" + cpoId).then().statusCode(200);
        JsonNode started = tap.await("charging.session.started.v1", id.toString(), Duration.ofSeconds(15));
        assertEquals("30.00", started.path("data").path("pre_authorization").path("amount").asText());
        assertEquals("0.4530", started.path("data").path("tariff_snapshot").path("gross").path("energy_per_kwh").asText());
        assertEquals(SessionState.ACTIVE, seeder.load(id).state);
    }

    @Test
    void aPutForAnUnknownSessionIsRefused() {
        cpo().body("{\"id\": \"zz\", \"authorization_reference\": \"" + UUID.randomUUID() + "\", \"kwh\": 1}")
                .put(BASE + "/sessions/DE/CIQ/zz").then().statusCode(404).body("status_code", equalTo(2001));
        cpo().body("{\"id\": \"other\", \"kwh\": 1}")
                .put(BASE + "/sessions/DE/CIQ/zz").then().statusCode(400).body("status_code", equalTo(2001));
    }

    @Test
    void metricsCountOpenSessionsRefusedStartsAndDeliveredEnergy() throws Exception {
        String user = Fixtures.user(partner);
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(20).truncatedTo(ChronoUnit.SECONDS);
        double energyBefore = Scrape.value("connect_charging_energy_delivered_kwh_total");
        double refusedBefore = Scrape.value("connect_charging_starts_total", "outcome=\"already_charging\"");
        UUID id = seeder.seed(user, partner.id(), SessionState.ACTIVE, t0, "cpo-m-" + id8());

        // the gauge is cached for a few seconds: wait for a fresh count that includes the seeded session
        long deadline = System.nanoTime() + Duration.ofSeconds(12).toNanos();
        while (Scrape.value("connect_charging_active_sessions") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertTrue(Scrape.value("connect_charging_active_sessions") >= 1, "open sessions gauge");

        given().header("Authorization", "Bearer " + partner.apiToken()).contentType(ContentType.JSON)
                .body("{\"evse_id\": \"DE*CIQ*E1*1\", \"payment_method_id\": \"pm_card_visa\"}")
                .post("/api/v1/users/{u}/charging/start/", user).then().statusCode(409);
        assertEquals(refusedBefore + 1, Scrape.value("connect_charging_starts_total", "outcome=\"already_charging\""));
        assertTrue(Scrape.value("connect_charging_start_seconds_count", "outcome=\"already_charging\"") >= 1);

        String cdr = """
                {"country_code": "DE", "party_id": "CIQ", "id": "CDR-%s", "start_date_time": "%s",
                 "end_date_time": "%s", "authorization_reference": "%s", "currency": "EUR",
                 "total_energy": 7.25, "total_time": 0.3, "charging_periods": [], "last_updated": "%s"}"""
                .formatted(id8(), ts(t0), ts(t0.plusMinutes(18)), id, ts(t0.plusMinutes(18)));
        cpo().body(cdr).post(BASE + "/cdrs").then().statusCode(201);
        assertEquals(energyBefore + 7.25, Scrape.value("connect_charging_energy_delivered_kwh_total"), 1e-9);
    }

    @Test
    void aCdrCompletesTheSessionOnceAndOnlyOnce() throws Exception {
        String user = Fixtures.user(partner);
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
        UUID id = seeder.seed(user, partner.id(), SessionState.STOPPING, t0, "cpo-s-" + id8());
        String cdrId = "CDR-" + id8();
        String cdr = """
                {"country_code": "DE", "party_id": "CIQ", "id": "%s", "start_date_time": "%s", "end_date_time": "%s",
                 "session_id": "cpo-x", "authorization_reference": "%s", "currency": "EUR",
                 "total_cost": {"excl_vat": 4.53}, "total_energy": 10.0, "total_time": 0.5,
                 "total_parking_time": 0.1, "charging_periods": [], "last_updated": "%s"}"""
                .formatted(cdrId, ts(t0), ts(t0.plusMinutes(30)), id, ts(t0.plusMinutes(30)));

        cpo().body(cdr).post(BASE + "/cdrs").then().statusCode(201)
                .header("Location", endsWith("/ocpi/emsp/2.2.1/cdrs/" + cdrId))
                .body("status_code", equalTo(1000));
        JsonNode completed = tap.await("charging.session.completed.v1", id.toString(), Duration.ofSeconds(15));
        JsonNode data = completed.path("data");
        assertEquals("10.000", data.path("consumed_energy").asText());
        assertEquals(1800, data.path("duration").asInt());
        assertEquals(360, data.path("parking_duration").asInt());
        assertEquals(1440, data.path("charging_duration").asInt());
        assertEquals(cdrId, data.path("cdr_id").asText());
        assertEquals("DE", data.path("country").asText());
        assertEquals(user, data.path("user_id").asText());
        assertEquals(partner.id(), data.path("partner_id").asText());
        assertEquals("pm_card_visa", data.path("payment_method_id").asText());
        assertEquals("pi_123", data.path("pre_authorization").path("payment_intent_id").asText());
        assertEquals(JSON.readTree(SessionSeeder.TARIFF), data.path("tariff_snapshot"));

        as(user, id).then().statusCode(200)
                .body("is_active", equalTo(false))
                .body("consumed_energy", equalTo("10.000"))
                .body("duration", equalTo(1800))
                .body("end_time", notNullValue());

        // the CPO retries: acknowledged, nothing new
        cpo().body(cdr).post(BASE + "/cdrs").then().statusCode(201);
        assertEquals(1, tap.all("charging.session.completed.v1", id.toString(), Duration.ofSeconds(3)).size());

        cpo().get(BASE + "/cdrs/" + cdrId).then().statusCode(200).body("data.id", equalTo(cdrId));
        cpo().get(BASE + "/cdrs/unknown-cdr").then().statusCode(404).body("status_code", equalTo(2001));
        // the session is over: stopping it again is already_stopped
        given().header("Authorization", "Bearer " + partner.apiToken())
                .post("/api/v1/users/{u}/charging/stop/{s}/", user, id).then().statusCode(409)
                .body("error.type", equalTo("already_stopped"));
    }

    @Test
    void commandResultsAreRecordedAndApplied() {
        cpo().body("{\"result\": \"ACCEPTED\"}").post(BASE + "/commands/START_SESSION/" + UUID.randomUUID())
                .then().statusCode(404).body("status_code", equalTo(2001));

        // a STOP the CPO could not carry out: the session is ACTIVE again, so the user may retry
        String user = Fixtures.user(partner);
        UUID stopping = seeder.seed(user, partner.id(), SessionState.STOPPING, OffsetDateTime.now(ZoneOffset.UTC), "c9");
        UUID stopUid = seeder.command(stopping, "STOP_SESSION");
        cpo().body("{\"result\": \"FAILED\", \"message\": []}").post(BASE + "/commands/STOP_SESSION/" + stopUid)
                .then().statusCode(200).body("status_code", equalTo(1000));
        assertEquals(SessionState.ACTIVE, seeder.load(stopping).state);

        // a START result nobody on this replica waits for is applied from the database
        String user2 = Fixtures.user(partner);
        UUID starting = seeder.seed(user2, partner.id(), SessionState.STARTING, OffsetDateTime.now(ZoneOffset.UTC), null);
        UUID startUid = seeder.command(starting, "START_SESSION");
        cpo().body("{\"result\": \"ACCEPTED\"}").post(BASE + "/commands/START_SESSION/" + startUid)
                .then().statusCode(200);
        assertEquals(SessionState.ACTIVE, seeder.load(starting).state);
        tap.await("charging.session.started.v1", starting.toString(), Duration.ofSeconds(15));
    }

    private io.restassured.response.Response as(String user, UUID id) {
        return given().header("Authorization", "Bearer " + partner.apiToken())
                .get("/api/v1/users/{u}/charging-sessions/{s}/", user, id);
    }

    private static String id8() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
