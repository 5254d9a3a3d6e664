package io.connect.cpo;

import static io.connect.cpo.Ocpi.asEmsp;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.cpo.EmspStandIn.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The scripted misbehaviours of issue 5 and the copies a load test starts on. Each test copies the Worms
 * Hauptbahnhof station for EVSEs nobody else touches.
 */
@QuarkusTest
@TestProfile(EmspProfile.class)
class ScriptedBehaviourTest {

    private static final String SESSIONS = "/ocpi/emsp/2.2.1/sessions/DE/EVB/";
    private static final String CDRS = "/ocpi/emsp/2.2.1/cdrs";

    @EmspStandIn.Inject
    EmspStandIn.Recorder emsp;

    @Test
    void copiesAreNewAvailableEvsesServedAndPushedToTheEmsp() {
        List<String> ids = given().contentType("application/json").body(Map.of("count", 2))
                .post("/sim/locations/evb-worms-hbf/copies").then().statusCode(200)
                .body("copies", equalTo(2)).body("evse_ids", hasSize(4))
                .extract().jsonPath().getList("evse_ids");
        assertEquals(4, ids.stream().distinct().count());
        String evse = ids.get(0);
        String location = given().get("/sim/evses/{id}", evse).then().statusCode(200)
                .body("status", equalTo("AVAILABLE")).extract().path("location_id");
        assertTrue(location.startsWith("bench-") && location.length() <= 36, location);
        asEmsp().get("/ocpi/cpo/2.2.1/locations/" + location).then().statusCode(200)
                .body("data.evses", hasSize(2)).body("data.evses[0].evse_id", equalTo(evse));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                !emsp.received("PUT", "/ocpi/emsp/2.2.1/locations/DE/EVB/" + location).isEmpty());

        given().contentType("application/json").body(Map.of("count", 0))
                .post("/sim/locations/evb-worms-hbf/copies").then().statusCode(400);
        given().contentType("application/json").body(Map.of("count", 1))
                .post("/sim/locations/nowhere/copies").then().statusCode(404);
    }

    @Test
    void aScriptedCommandResponseRefusesAtOnceAndNothingFollows() {
        Evse evse = copy();
        script(evse, Map.of("command_response", "REJECTED"));
        String url = "/ocpi/emsp/2.2.1/commands/START_SESSION/" + UUID.randomUUID();
        start(evse, url, "ref-" + UUID.randomUUID()).then().statusCode(200).body("data.result", equalTo("REJECTED"));
        sleep(800);
        assertTrue(emsp.received("POST", url).isEmpty(), "no CommandResult after a refused command");
        given().contentType("application/json").body(Map.of("command_response", "MAYBE"))
                .put("/sim/evses/{id}/behaviour", evse.evseId).then().statusCode(400);
    }

    @Test
    void aSessionMayFollowATimeout() {
        Evse evse = copy();
        script(evse, Map.of("command_result", "TIMEOUT", "start_anyway", true, "latency_ms", 100));
        String reference = UUID.randomUUID().toString();
        String url = "/ocpi/emsp/2.2.1/commands/START_SESSION/" + reference;
        start(evse, url, reference).then().body("data.result", equalTo("ACCEPTED"));
        assertEquals("TIMEOUT", CommandsTest.json(awaitOne("POST", url)).get("result").asText());
        JsonNode session = CommandsTest.json(awaitSessionPut(reference));
        assertEquals("ACTIVE", session.get("status").asText());
        assertEquals(1, emsp.received("POST", url).size(), "no ACCEPTED after the TIMEOUT");
        given().get("/sim/evses/{id}", evse.evseId).then().body("status", equalTo("CHARGING"));
    }

    @Test
    void outOfOrderUpdatesArriveSwappedAndUpdatesKeepComingAfterTheCdr() {
        Evse evse = copy();
        script(evse, Map.of("out_of_order_updates", true, "updates_after_stop", 2, "latency_ms", 10,
                "energy_rate_kw", 3600));
        String reference = UUID.randomUUID().toString();
        start(evse, "/ocpi/emsp/2.2.1/commands/START_SESSION/" + reference, reference);
        String sessionId = CommandsTest.json(awaitSessionPut(reference)).get("id").asText();
        String path = SESSIONS + sessionId;
        await().atMost(Duration.ofSeconds(10)).until(() -> emsp.received("PATCH", path).size() >= 4);
        List<Instant> order = emsp.received("PATCH", path).stream()
                .map(r -> Instant.parse(CommandsTest.json(r).get("last_updated").asText())).toList();
        assertTrue(order.get(1).isBefore(order.get(0)) && order.get(3).isBefore(order.get(2)),
                "pairs swapped: " + order);

        asEmsp().body(Map.of("response_url", emsp.url("/stop/" + reference), "session_id", sessionId))
                .post("/ocpi/cpo/2.2.1/commands/STOP_SESSION").then().body("data.result", equalTo("ACCEPTED"));
        await().atMost(Duration.ofSeconds(10)).until(() -> emsp.received("PATCH", path).stream()
                .filter(r -> "ACTIVE".equals(CommandsTest.json(r).path("status").asText())).count() == 2);
        List<Received> all = emsp.received();
        Received cdr = all.stream().filter(r -> r.path().equals(CDRS)
                && sessionId.equals(CommandsTest.json(r).path("session_id").asText())).findFirst().orElseThrow();
        BigDecimal total = CommandsTest.json(cdr).get("total_energy").decimalValue();
        List<Received> late = emsp.received("PATCH", path).stream()
                .filter(r -> "ACTIVE".equals(CommandsTest.json(r).path("status").asText())).toList();
        for (Received r : late) {
            assertTrue(all.indexOf(r) > all.indexOf(cdr), "sent after the CDR");
            assertTrue(CommandsTest.json(r).get("kwh").decimalValue().compareTo(total) > 0, "more than the CDR");
        }
        assertFalse(late.isEmpty());
    }

    private record Evse(String evseId, String locationId, String uid) {
    }

    private Evse copy() {
        String evseId = given().contentType("application/json").body(Map.of("count", 1))
                .post("/sim/locations/evb-worms-hbf/copies").then().statusCode(200)
                .extract().path("evse_ids[0]");
        var view = given().get("/sim/evses/{id}", evseId).then().statusCode(200).extract().jsonPath();
        return new Evse(evseId, view.getString("location_id"), view.getString("evse_uid"));
    }

    private static void script(Evse evse, Map<String, Object> behaviour) {
        given().contentType("application/json").body(behaviour).put("/sim/evses/{id}/behaviour", evse.evseId)
                .then().statusCode(200);
    }

    private io.restassured.response.Response start(Evse evse, String responsePath, String reference) {
        return asEmsp().body(Map.of(
                "response_url", emsp.url(responsePath),
                "token", Map.of("country_code", "DE", "party_id", "CNX", "uid", "TOKEN-2", "type", "APP_USER",
                        "contract_id", "DE-CNX-C1-X", "issuer", "Connect", "valid", true,
                        "whitelist", "ALLOWED", "last_updated", "2026-04-02T10:00:00Z"),
                "location_id", evse.locationId,
                "evse_uid", evse.uid,
                "authorization_reference", reference))
                .post("/ocpi/cpo/2.2.1/commands/START_SESSION");
    }

    private Received awaitSessionPut(String reference) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> emsp.received("PUT", SESSIONS).stream()
                .filter(r -> reference.equals(CommandsTest.json(r).path("authorization_reference").asText()))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private Received awaitOne(String method, String path) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !emsp.received(method, path).isEmpty());
        return emsp.received(method, path).get(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
