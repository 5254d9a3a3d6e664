package io.connect.cpo;

import static io.connect.cpo.Ocpi.asEmsp;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.cpo.EmspStandIn.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EmspProfile.class)
class CommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMSP_TOKEN_B = Ocpi.token("local-emsp-token-b");
    private static final String SESSIONS = "/ocpi/emsp/2.2.1/sessions/";
    private static final String CDRS = "/ocpi/emsp/2.2.1/cdrs";

    @EmspStandIn.Inject
    EmspStandIn.Recorder emsp;

    @Test
    void aFullSessionIsPushedToTheEmsp() throws Exception {
        String reference = UUID.randomUUID().toString();
        String startUrl = "/ocpi/emsp/2.2.1/commands/START_SESSION/" + reference;
        start("evb-worms-hbf", "WHBF-01", startUrl, reference).then().statusCode(200)
                .body("status_code", equalTo(1000))
                .body("data.result", equalTo("ACCEPTED"))
                .body("data.timeout", equalTo(30));

        Received result = awaitOne("POST", startUrl);
        assertEquals(EMSP_TOKEN_B, result.authorization());
        assertEquals("ACCEPTED", json(result).get("result").asText());

        Received put = await().atMost(Duration.ofSeconds(10)).until(
                () -> emsp.received("PUT", SESSIONS + "DE/EVB/").stream()
                        .filter(r -> reference.equals(json(r).path("authorization_reference").asText())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        JsonNode session = json(put);
        String sessionId = session.get("id").asText();
        String sessionPath = SESSIONS + "DE/EVB/" + sessionId;
        assertEquals(sessionPath, put.path());
        assertEquals(EMSP_TOKEN_B, put.authorization());
        assertEquals("ACTIVE", session.get("status").asText());
        assertEquals(0, session.get("kwh").decimalValue().signum());
        assertEquals("COMMAND", session.get("auth_method").asText());
        assertEquals("evb-worms-hbf", session.get("location_id").asText());
        assertEquals("WHBF-01", session.get("evse_uid").asText());
        assertEquals("1", session.get("connector_id").asText());
        assertEquals("EUR", session.get("currency").asText());
        assertEquals("TOKEN-1", session.get("cdr_token").get("uid").asText());
        assertEquals(0, session.get("charging_periods").size());
        assertNotNull(Instant.parse(session.get("start_date_time").asText()));

        await().atMost(Duration.ofSeconds(10)).until(() -> emsp.received("PATCH", sessionPath).size() >= 3);
        List<BigDecimal> growing = emsp.received("PATCH", sessionPath).stream()
                .map(r -> json(r).get("kwh").decimalValue()).toList();
        for (int i = 1; i < growing.size(); i++) {
            assertTrue(growing.get(i).compareTo(growing.get(i - 1)) > 0, "kWh grows: " + growing);
        }
        JsonNode patch = json(emsp.received("PATCH", sessionPath).get(0));
        assertEquals(1, patch.get("charging_periods").size());
        assertNotNull(patch.get("last_updated"));
        assertTrue(indexOf(put) < indexOf(emsp.received("PATCH", sessionPath).get(0)), "PUT before PATCH: "
                + emsp.received().stream().map(r -> r.method() + " " + r.path()).toList());

        String evsePath = "/ocpi/emsp/2.2.1/locations/DE/EVB/evb-worms-hbf/WHBF-01";
        await().atMost(Duration.ofSeconds(5)).until(() -> !emsp.received("PATCH", evsePath).isEmpty());
        assertEquals("CHARGING", json(emsp.received("PATCH", evsePath).get(0)).get("status").asText());
        asEmsp().get("/ocpi/cpo/2.2.1/locations/evb-worms-hbf/WHBF-01").then().body("data.status", equalTo("CHARGING"));

        String stopUrl = "/ocpi/emsp/2.2.1/commands/STOP_SESSION/" + reference;
        stop(sessionId, stopUrl).then().statusCode(200).body("data.result", equalTo("ACCEPTED"));
        assertEquals("ACCEPTED", json(awaitOne("POST", stopUrl)).get("result").asText());

        Received cdrPost = awaitOne("POST", CDRS);
        JsonNode completed = emsp.received("PATCH", sessionPath).stream().map(CommandsTest::json)
                .filter(p -> "COMPLETED".equals(p.path("status").asText())).findFirst().orElseThrow();
        assertNotNull(Instant.parse(completed.get("end_date_time").asText()));
        BigDecimal lastKwh = completed.get("kwh").decimalValue();
        assertTrue(lastKwh.compareTo(growing.get(growing.size() - 1)) >= 0);

        JsonNode cdr = json(cdrPost);
        assertEquals(EMSP_TOKEN_B, cdrPost.authorization());
        assertEquals(0, cdr.get("total_energy").decimalValue().compareTo(lastKwh), "total_energy = last kWh");
        assertEquals(sessionId, cdr.get("session_id").asText());
        assertEquals(reference, cdr.get("authorization_reference").asText());
        assertTrue(cdr.get("id").asText().length() <= 39);
        assertEquals("DE*EVB*EWHBF01*1", cdr.get("cdr_location").get("evse_id").asText());
        assertEquals("IEC_62196_T2", cdr.get("cdr_location").get("connector_standard").asText());
        assertEquals("AC_3_PHASE", cdr.get("cdr_location").get("connector_power_type").asText());
        assertEquals("EVB-AC-NIGHT", cdr.get("tariffs").get(0).get("id").asText());
        BigDecimal periodEnergy = BigDecimal.ZERO;
        for (JsonNode period : cdr.get("charging_periods")) {
            for (JsonNode dimension : period.get("dimensions")) {
                if (dimension.get("type").asText().equals("ENERGY")) {
                    periodEnergy = periodEnergy.add(dimension.get("volume").decimalValue());
                }
            }
        }
        assertEquals(0, periodEnergy.compareTo(lastKwh), "periods add up to the total");
        assertTrue(cdr.get("total_time").decimalValue().signum() > 0);
        assertEquals(0, cdr.get("total_parking_time").decimalValue().signum());
        BigDecimal excl = cdr.get("total_cost").get("excl_vat").decimalValue();
        BigDecimal incl = cdr.get("total_cost").get("incl_vat").decimalValue();
        assertTrue(excl.signum() > 0 && incl.compareTo(excl) > 0, excl + " / " + incl);
        assertTrue(indexOf(cdrPost) > indexOf(emsp.received("PATCH", sessionPath).stream()
                .filter(r -> json(r).path("status").asText().equals("COMPLETED")).findFirst().orElseThrow()));

        await().atMost(Duration.ofSeconds(5)).until(() -> emsp.received("PATCH", evsePath).stream()
                .anyMatch(r -> json(r).get("status").asText().equals("AVAILABLE")));
        asEmsp().get("/ocpi/cpo/2.2.1/locations/evb-worms-hbf/WHBF-01").then().body("data.status", equalTo("AVAILABLE"));
        asEmsp().get("/ocpi/cpo/2.2.1/sessions").then().statusCode(200)
                .body("data.find { it.id == '" + sessionId + "' }.status", equalTo("COMPLETED"));
        asEmsp().get("/ocpi/cpo/2.2.1/cdrs").then().statusCode(200)
                .body("data.session_id", hasItem(sessionId));
        given().get("/sim/sessions").then().statusCode(200)
                .body("find { it.session.id == '" + sessionId + "' }.evse_id", equalTo("DE*EVB*EWHBF01*1"));

        Thread.sleep(700);
        assertEquals(1, emsp.received("POST", CDRS).stream()
                .filter(r -> json(r).get("session_id").asText().equals(sessionId)).count(), "exactly one CDR");
        stop(sessionId, stopUrl).then().statusCode(200).body("data.result", equalTo("REJECTED"));
    }

    @Test
    void unknownTargetsAndBadCommandsAreRejected() {
        start("evb-worms-hbf", "NO-SUCH-EVSE", "/cb/1", "r1").then().statusCode(200)
                .body("data.result", equalTo("REJECTED")).body("status_code", equalTo(2003));
        start("nowhere", "WHBF-01", "/cb/2", "r2").then().statusCode(200).body("data.result", equalTo("REJECTED"));
        asEmsp().body(Map.of("response_url", emsp.url("/cb/3"), "location_id", "evb-worms-hbf"))
                .post("/ocpi/cpo/2.2.1/commands/START_SESSION").then().statusCode(400)
                .body("data.result", equalTo("REJECTED")).body("status_code", equalTo(2001))
                .body("status_message", equalTo("Missing evse_uid, token.uid"));
        asEmsp().body("{not json").post("/ocpi/cpo/2.2.1/commands/START_SESSION").then().statusCode(400)
                .body("status_code", equalTo(2001));
        stop("no-such-session", "/cb/4").then().statusCode(200).body("data.result", equalTo("UNKNOWN_SESSION"));
        given().contentType("application/json").body("{}").post("/ocpi/cpo/2.2.1/commands/START_SESSION")
                .then().statusCode(401);
        asEmsp().body("{}").post("/ocpi/cpo/2.2.1/commands/UNLOCK_CONNECTOR").then().statusCode(200)
                .body("data.result", equalTo("NOT_SUPPORTED"));
    }

    @Test
    void aScriptedEvseOccupiedResultIsDelivered() {
        admin().body(Map.of("command_result", "EVSE_OCCUPIED", "latency_ms", 50))
                .put("/sim/evses/DE%2AEVB%2AEWHBF02%2A1/behaviour").then().statusCode(200)
                .body("command_result", equalTo("EVSE_OCCUPIED")).body("latency_ms", equalTo(50))
                .body("progress_updates", equalTo(true));
        String url = "/ocpi/emsp/2.2.1/commands/START_SESSION/occupied-" + UUID.randomUUID();
        start("evb-worms-hbf", "WHBF-02", url, "occupied").then().statusCode(200).body("data.result", equalTo("ACCEPTED"));
        Received result = awaitOne("POST", url);
        assertEquals("EVSE_OCCUPIED", json(result).get("result").asText());
        assertEquals(EMSP_TOKEN_B, result.authorization());
        given().get("/sim/sessions").then().body("evse_id", not(hasItem("DE*EVB*EWHBF02*1")));
        asEmsp().get("/ocpi/cpo/2.2.1/locations/evb-worms-hbf/WHBF-02").then().body("data.status", equalTo("AVAILABLE"));

        given().delete("/sim/evses/DE*EVB*EWHBF02*1/behaviour").then().statusCode(204);
        given().get("/sim/evses/DE*EVB*EWHBF02*1/behaviour").then().statusCode(200)
                .body("command_result", equalTo("ACCEPTED"));
    }

    @Test
    void theEvsesOwnStatusDecidesTheResult() {
        String busy = "/ocpi/emsp/2.2.1/commands/START_SESSION/busy-" + UUID.randomUUID();
        start("evb-worms-dom", "WDOM-02", busy, "busy").then().body("data.result", equalTo("ACCEPTED"));
        assertEquals("EVSE_OCCUPIED", json(awaitOne("POST", busy)).get("result").asText());

        String broken = "/ocpi/emsp/2.2.1/commands/START_SESSION/broken-" + UUID.randomUUID();
        start("ioy-worms-sued", "WSUED-AC", broken, "broken").then().body("data.result", equalTo("ACCEPTED"));
        assertEquals("EVSE_INOPERATIVE", json(awaitOne("POST", broken)).get("result").asText());
    }

    @Test
    void adminStatusChangesAreServedAndPushed() {
        admin().body(Map.of("status", "OUTOFORDER"))
                .put("/sim/evses/DE%2AEVB%2AEHERR02%2A1/status").then().statusCode(200)
                .body("status", equalTo("OUTOFORDER")).body("location_id", equalTo("evb-herrnsheim"));
        asEmsp().get("/ocpi/cpo/2.2.1/locations/evb-herrnsheim/HERR-02").then().body("data.status", equalTo("OUTOFORDER"));
        String evsePath = "/ocpi/emsp/2.2.1/locations/DE/EVB/evb-herrnsheim/HERR-02";
        await().atMost(Duration.ofSeconds(5)).until(() -> !emsp.received("PATCH", evsePath).isEmpty());
        asEmsp().get("/ocpi/cpo/2.2.1/locations/evb-herrnsheim").then()
                .body("data.last_updated", equalTo(json(emsp.received("PATCH", evsePath).get(0)).get("last_updated").asText()));

        admin().body(Map.of("status", "BROKEN"))
                .put("/sim/evses/DE%2AEVB%2AEHERR02%2A1/status").then().statusCode(400);
        admin().body(Map.of("status", "AVAILABLE"))
                .put("/sim/evses/DE%2ANOPE%2A1/status").then().statusCode(404);
        admin().body(Map.of("latency_ms", -5))
                .put("/sim/evses/DE%2AEVB%2AEHERR01%2A1/behaviour").then().statusCode(400);
    }

    @Test
    void withoutProgressUpdatesOnlyStartStopAndCdrArriveAndPushesAreRetried() throws Exception {
        admin()
                .body(Map.of("progress_updates", false, "duplicate_cdr", true, "latency_ms", 10, "energy_rate_kw", 7200))
                .put("/sim/evses/DE%2AIOY%2AEA61300%2A1/behaviour").then().statusCode(200);
        String reference = UUID.randomUUID().toString();
        String startUrl = "/ocpi/emsp/2.2.1/commands/START_SESSION/" + reference;
        start("ioy-worms-a61", "A61-300-1", startUrl, reference).then().body("data.result", equalTo("ACCEPTED"));
        awaitOne("POST", startUrl);
        String sessionId = await().atMost(Duration.ofSeconds(5)).until(() -> emsp.received("PUT", SESSIONS + "DE/IOY/")
                .stream().map(CommandsTest::json)
                .filter(s -> reference.equals(s.path("authorization_reference").asText())).findFirst(),
                java.util.Optional::isPresent).orElseThrow().get("id").asText();
        Thread.sleep(1000);
        assertTrue(emsp.received("PATCH", SESSIONS + "DE/IOY/" + sessionId).isEmpty(), "no progress PATCH");

        emsp.failNext(CDRS, 2);
        stop(sessionId, "/ocpi/emsp/2.2.1/commands/STOP_SESSION/" + reference).then()
                .body("data.result", equalTo("ACCEPTED"));
        await().atMost(Duration.ofSeconds(10)).until(() -> cdrsOf(sessionId).size() == 4);
        List<JsonNode> cdrs = cdrsOf(sessionId);
        assertEquals(cdrs.get(2).get("id"), cdrs.get(3).get("id"), "the duplicate has the same id");
        JsonNode completed = json(emsp.received("PATCH", SESSIONS + "DE/IOY/" + sessionId).get(0));
        assertEquals("COMPLETED", completed.get("status").asText());
        assertFalse(completed.get("charging_periods").isEmpty(), "all periods come with the final PATCH");
        assertEquals(0, completed.get("kwh").decimalValue().compareTo(cdrs.get(3).get("total_energy").decimalValue()));
        assertTrue(completed.get("kwh").decimalValue().compareTo(BigDecimal.valueOf(2)) > 0, "7200 kW for > 1 s");
        admin().delete("/sim/evses/DE%2AIOY%2AEA61300%2A1/behaviour").then().statusCode(204);
    }

    /** The admin API with EVSE ids URL-encoded as they are written (no second encoding by RestAssured). */
    private static io.restassured.specification.RequestSpecification admin() {
        return given().urlEncodingEnabled(false).contentType("application/json");
    }

    private List<JsonNode> cdrsOf(String sessionId) {
        return emsp.received("POST", CDRS).stream().map(CommandsTest::json)
                .filter(c -> sessionId.equals(c.path("session_id").asText())).toList();
    }

    private io.restassured.response.Response start(String locationId, String evseUid, String responsePath,
            String reference) {
        return asEmsp().body(Map.of(
                "response_url", emsp.url(responsePath),
                "token", Map.of("country_code", "DE", "party_id", "CNX", "uid", "TOKEN-1", "type", "APP_USER",
                        "contract_id", "DE-CNX-C12345678-X", "issuer", "Connect", "valid", true,
                        "whitelist", "ALLOWED", "last_updated", "2026-04-02T10:00:00Z"),
                "location_id", locationId,
                "evse_uid", evseUid,
                "authorization_reference", reference))
                .post("/ocpi/cpo/2.2.1/commands/START_SESSION");
    }

    private io.restassured.response.Response stop(String sessionId, String responsePath) {
        return asEmsp().body(Map.of("response_url", emsp.url(responsePath), "session_id", sessionId))
                .post("/ocpi/cpo/2.2.1/commands/STOP_SESSION");
    }

    private Received awaitOne(String method, String path) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !emsp.received(method, path).isEmpty());
        return emsp.received(method, path).get(0);
    }

    private int indexOf(Received r) {
        return emsp.received().indexOf(r);
    }

    static JsonNode json(Received r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(r.body(), e);
        }
    }
}
