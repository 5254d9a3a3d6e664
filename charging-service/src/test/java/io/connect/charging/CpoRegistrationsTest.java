package io.connect.charging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.charging.client.DownstreamException;
import io.connect.ocpi.transport.OcpiToken;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registrations per CPO key, used by station-service (a real process) and by our commands: after the credentials
 * handshake the simulator's pushes reach station-service with token B, station-service pulls with token C (the
 * new one after a rotation, with X-Request-ID / X-Correlation-ID), unknown and old tokens get 401, another CPO's
 * token cannot write the first CPO's locations, and commands go to the CPO of the key.
 */
@QuarkusTest
@WithTestResource(value = CpoSimulatorTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CpoRegistrationsTest extends CpoRegistrationFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SEED_LOCATION = "b475f4c35249ae698157660941050322";
    static final String SEED_EVSE = "DE*CIQ*EELDF6XWZU41P*2";

    /** Set by CpoSimulatorTestResources only: read here, not injected, so other test apps need not define it. */
    final String station = ConfigProvider.getConfig().getValue("test.station.url", String.class);

    RequestSpecification atStation() {
        return internal().baseUri(station).port(-1);
    }

    RequestSpecification pushToStation(String token) {
        return given().baseUri(station).port(-1).header("Authorization", OcpiToken.header(token))
                .contentType(ContentType.JSON);
    }

    RequestSpecification sim() {
        return given().baseUri(cpo).port(-1).contentType(ContentType.JSON);
    }

    void registerSim() {
        internal().body(Map.of("token_a", CpoSimulatorTestResources.TOKEN_A))
                .post("/internal/v1/ocpi/cpo-registrations/sim").then().statusCode(201)
                .body("cpo_key", equalTo("sim"))
                .body("cpo_roles.party_id", hasItems("CIQ", "EVB", "IOY"));
    }

    /** station-service pulls now; answers its sync state for the simulator. */
    Map<String, Object> syncStation() {
        List<Map<String, Object>> states = atStation().post("/internal/v1/sync").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return states.stream().filter(s -> "sim".equals(s.get("cpo"))).findFirst().orElseThrow();
    }

    String stationEvseStatus(String evseId) {
        return atStation().get("/internal/v1/evses/{id}", evseId).then().statusCode(200).extract().path("status");
    }

    List<Map<String, Object>> simExchanges() {
        return sim().get("/sim/ocpi-exchanges").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The simulator's record of station-service's Locations/Tariffs GETs since the log was cleared. */
    List<Map<String, Object>> pulls() {
        return simExchanges().stream().filter(e -> "IN".equals(e.get("direction")))
                .filter(e -> String.valueOf(e.get("target")).matches("/ocpi/cpo/2\\.2\\.1/(locations|tariffs)"))
                .toList();
    }

    @Test
    void afterTheHandshakeTheCposEvseStatusPushReachesStationService() {
        assertEquals("OK", syncStation().get("state"));
        atStation().get("/internal/v1/evses/{id}", SEED_EVSE).then().statusCode(200)
                .body("status", equalTo("AVAILABLE")).body("cpo_key", equalTo("sim"));
        registerSim();
        String tokenBHash = store.registered("sim").orElseThrow().tokenInHash;
        internal().get("/internal/v1/ocpi/cpo-credentials").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].cpo_key", equalTo("sim"))
                .body("[0].parties.party_id", hasItems("CIQ", "EVB", "IOY"))
                .body("[0].locations_url", equalTo(cpo + "/ocpi/cpo/2.2.1/locations"))
                .body("[0].tariffs_url", equalTo(cpo + "/ocpi/cpo/2.2.1/tariffs"))
                .body("[0].token_c", notNullValue())
                .body("[0].token_b_sha256", equalTo(tokenBHash));
        given().get("/internal/v1/ocpi/cpo-credentials").then().statusCode(403);

        sim().body(Map.of("status", "BLOCKED")).put("/sim/evses/{id}/status", SEED_EVSE).then().statusCode(200);
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> "BLOCKED".equals(stationEvseStatus(SEED_EVSE)));
            Map<String, Object> push = simExchanges().stream()
                    .filter(e -> "OUT".equals(e.get("direction")) && "PATCH".equals(e.get("method"))
                            && String.valueOf(e.get("target")).startsWith(station + "/ocpi/emsp/2.2.1/locations/DE/CIQ/"))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(200, push.get("status"), "station-service accepted the push with token B: " + push);
        } finally {
            sim().body(Map.of("status", "AVAILABLE")).put("/sim/evses/{id}/status", SEED_EVSE).then().statusCode(200);
        }
    }

    @Test
    void pullsUseTokenCWithMessageIdsAndTheNewTokenAfterARotation() throws Exception {
        registerSim();
        String oldTokenC = store.registered("sim").orElseThrow().tokenOut;
        sim().delete("/sim/ocpi-exchanges").then().statusCode(204);
        assertEquals("OK", syncStation().get("state"));
        List<Map<String, Object>> first = pulls();
        assertPulledWithTheRegisteredTokenC(first);
        assertEquals(first.size(), new HashSet<>(first.stream().map(e -> e.get("request_id")).toList()).size(),
                "a new X-Request-ID per request: " + first);
        assertTrue(first.stream().allMatch(e -> e.get("request_id") != null && e.get("correlation_id") != null));

        internal().put("/internal/v1/ocpi/cpo-registrations/sim").then().statusCode(200);
        sim().delete("/sim/ocpi-exchanges").then().statusCode(204);
        assertEquals("OK", syncStation().get("state"));

        // the old token C is revoked at the simulator: only the rotated one is accepted
        assertPulledWithTheRegisteredTokenC(pulls());

        String newTokenC = store.registered("sim").orElseThrow().tokenOut;
        String stationLog = Files.readString(Path.of("target", "sibling-station-service-"
                + station.substring(station.lastIndexOf(':') + 1) + ".log"));
        assertFalse(stationLog.contains(oldTokenC) || stationLog.contains(newTokenC), "token C in station's log");
    }

    /**
     * One sync run: every request under one X-Correlation-ID, answered 200 for the current registered token C.
     * station-service may still hold a token C the simulator revoked (cached for 5 s): the CPO's 401 makes it read
     * the registrations again and pull again in the same run, so one refused request may come first.
     */
    static void assertPulledWithTheRegisteredTokenC(List<Map<String, Object>> run) {
        assertTrue(run.size() >= 2, "tariffs and locations pulled: " + run);
        assertEquals(1, run.stream().map(e -> e.get("correlation_id")).distinct().count(),
                "one X-Correlation-ID per sync run: " + run);
        int refused = Integer.valueOf(401).equals(run.get(0).get("status")) ? 1 : 0;
        for (Map<String, Object> e : run.subList(refused, run.size())) {
            assertEquals("REGISTERED_C", e.get("caller"), "pulled with the handshake's token C: " + e);
            assertEquals(200, e.get("status"));
        }
        assertTrue(run.size() - refused >= 2, run.toString());
    }

    @Test
    void anotherCposTokenCannotWriteTheFirstsLocationsAndOldOrUnknownTokensAreRefused() throws Exception {
        assertEquals("OK", syncStation().get("state"));
        String tokenA = internal().body(Map.of("cpo_key", "other")).post("/internal/v1/ocpi/token-a").then()
                .statusCode(201).extract().path("token_a");
        Map<String, Object> otherCredentials = Map.of("token", "local-cpo-token-c",
                "url", link.current("other").commandsUrl().replace("/2.2.1/commands", "/versions"),
                "roles", List.of(Map.of("role", "CPO", "party_id", "OTH", "country_code", "DE",
                        "business_details", Map.of("name", "Other CPO"))));
        String tokenB = given().header("Authorization", OcpiToken.header(tokenA)).contentType(ContentType.JSON)
                .body(otherCredentials).post("/ocpi/emsp/2.2.1/credentials").then().statusCode(200)
                .extract().path("data.token");
        internal().get("/internal/v1/ocpi/cpo-registrations/other").then().statusCode(200)
                .body("cpo_key", equalTo("other")).body("party_id", equalTo("OTH"));

        // the first CPO's location and EVSE, pushed with the other CPO's token: refused, nothing changed
        ObjectNode seed = simLocation(SEED_LOCATION);
        seed.put("last_updated", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        seed.put("name", "taken over");
        pushToStation(tokenB).body(seed.toString()).put("/ocpi/emsp/2.2.1/locations/DE/CIQ/" + SEED_LOCATION)
                .then().statusCode(403).body("status_code", equalTo(2000))
                .body("status_message", containsString("own parties"));
        String evseUid = seed.path("evses").get(3).path("uid").asText();
        String seedEvseId = seed.path("evses").get(3).path("evse_id").asText();
        String before = stationEvseStatus(seedEvseId);
        pushToStation(tokenB).body(Map.of("status", "OUTOFORDER", "last_updated", Instant.now().toString()))
                .patch("/ocpi/emsp/2.2.1/locations/DE/CIQ/" + SEED_LOCATION + "/" + evseUid)
                .then().statusCode(403);
        assertEquals(before, stationEvseStatus(seedEvseId));
        atStation().get("/internal/v1/evses/{id}", seedEvseId).then().body("cpo_key", equalTo("sim"));

        // its own party's location: stored under its key
        ObjectNode own = ownLocation(seed, "oth-" + UUID.randomUUID().toString().substring(0, 8));
        String ownEvse = own.path("evses").get(0).path("evse_id").asText();
        String ownUid = own.path("evses").get(0).path("uid").asText();
        String ownPath = "/ocpi/emsp/2.2.1/locations/DE/OTH/" + own.path("id").asText();
        pushToStation(tokenB).body(own.toString()).put(ownPath).then().statusCode(201)
                .body("status_code", equalTo(1000));
        atStation().get("/internal/v1/evses/{id}", ownEvse).then().statusCode(200).body("cpo_key", equalTo("other"));

        // commands go to the CPO of the key: "other" with its registration's token (the simulator's configured C)
        ObjectNode stop = JSON.createObjectNode().put("response_url", "http://127.0.0.1:9/cb").put("session_id", "none");
        sim().delete("/sim/ocpi-exchanges").then().statusCode(204);
        assertEquals("UNKNOWN_SESSION", gateway.send("other", "STOP_SESSION", stop));
        assertEquals(List.of("CONFIGURED_C"), simExchanges().stream()
                .filter(e -> "/ocpi/cpo/2.2.1/commands/STOP_SESSION".equals(e.get("target")))
                .map(e -> e.get("caller")).toList());
        assertThrows(DownstreamException.class, () -> gateway.send("nobody", "STOP_SESSION", stop));

        // unknown token: 401 in the OCPI envelope
        Response unknown = pushToStation("not-a-token").body(own.toString()).put(ownPath);
        unknown.then().statusCode(401).body("status_code", equalTo(2000)).body("timestamp", notNullValue())
                .body("status_message", equalTo("Unknown token"));

        // the CPO renews its credentials: the new token B works, the old one stops (once the cache let it go)
        String renewed = given().header("Authorization", OcpiToken.header(tokenB)).contentType(ContentType.JSON)
                .body(otherCredentials).put("/ocpi/emsp/2.2.1/credentials").then().statusCode(200)
                .extract().path("data.token");
        assertNotEquals(tokenB, renewed);
        Map<String, String> blocked = Map.of("status", "BLOCKED", "last_updated", Instant.now().toString());
        pushToStation(renewed).body(blocked).patch(ownPath + "/" + ownUid).then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() ->
                pushToStation(tokenB).body(blocked).patch(ownPath + "/" + ownUid).statusCode() == 401);
        pushToStation(tokenB).body(blocked).patch(ownPath + "/" + ownUid).then().statusCode(401)
                .body("status_code", equalTo(2000)).body("status_message", equalTo("Unknown token"));
        given().header("Authorization", OcpiToken.header(renewed)).delete("/ocpi/emsp/2.2.1/credentials").then()
                .statusCode(200);
    }

    /** A location as the simulator serves it (pulled with its configured token C). */
    ObjectNode simLocation(String id) throws Exception {
        String body = given().baseUri(cpo).port(-1).header("Authorization", OcpiToken.header("local-cpo-token-c"))
                .get("/ocpi/cpo/2.2.1/locations/{id}", id).then().statusCode(200).extract().asString();
        return (ObjectNode) JSON.readTree(body).path("data");
    }

    /** A copy of {@code seed} as party DE/OTH's location {@code id}. */
    static ObjectNode ownLocation(ObjectNode seed, String id) {
        ObjectNode own = seed.deepCopy();
        own.put("country_code", "DE").put("party_id", "OTH").put("id", id).put("name", "Other CPO station");
        for (JsonNode evse : (ArrayNode) own.path("evses")) {
            ((ObjectNode) evse).put("evse_id", evse.path("evse_id").asText().replace("*CIQ*", "*OTH*") + id);
            ((ObjectNode) evse).put("uid", evse.path("uid").asText() + "-" + id);
            ((ObjectNode) evse).remove("tariff_ids");
            for (JsonNode connector : (ArrayNode) evse.path("connectors")) {
                ((ObjectNode) connector).remove("tariff_ids");
            }
        }
        return own;
    }
}
