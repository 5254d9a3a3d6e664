package io.connect.cpo;

import static io.connect.cpo.Ocpi.asEmsp;
import static io.connect.cpo.Ocpi.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The CPO side of the credentials module and of X-Request-ID / X-Correlation-ID. The successful handshake with
 * a real eMSP is tested in charging-service (OcpiHandshakeTest); here the "eMSP" that registers points its
 * versions URL at the simulator's own versions endpoint, which answers to the configured token C.
 */
@QuarkusTest
@TestProfile(EmspProfile.class)
class CredentialsTest {

    static final String TOKEN_A = token("local-cpo-token-a");
    static final String CREDENTIALS = "/ocpi/cpo/2.2.1/credentials";

    @EmspStandIn.Inject
    EmspStandIn.Recorder emsp;

    static Map<String, Object> emspCredentials(String token, String versionsUrl) {
        return Map.of("token", token, "url", versionsUrl, "roles", List.of(Map.of("role", "EMSP",
                "party_id", "CNT", "country_code", "DE", "business_details", Map.of("name", "Connect"))));
    }

    static String ownVersions() {
        return "http://localhost:" + RestAssured.port + "/ocpi/cpo/versions";
    }

    @Test
    void tokenAOpensOnlyVersionsAndCredentials() {
        given().header("Authorization", TOKEN_A).get("/ocpi/cpo/versions").then().statusCode(200)
                .body("data[0].version", equalTo("2.2.1"));
        given().header("Authorization", TOKEN_A).get("/ocpi/cpo/2.2.1").then().statusCode(200)
                .body("data.endpoints.identifier", hasItem("credentials"));
        given().header("Authorization", TOKEN_A).get("/ocpi/cpo/2.2.1/locations").then().statusCode(401)
                .body("status_code", equalTo(2000)).body("status_message", containsString("TOKEN_A"));
        given().header("Authorization", token("not-token-a")).get("/ocpi/cpo/versions").then().statusCode(401)
                .body("status_code", equalTo(2000));
    }

    @Test
    void registrationNeedsAUsableBodyAndAReachableEmsp() {
        given().header("Authorization", TOKEN_A).contentType("application/json")
                .body(Map.of("token", "b", "url", "http://x/versions", "roles", List.of()))
                .post(CREDENTIALS).then().statusCode(400).body("status_code", equalTo(2001))
                .body("status_message", containsString("roles"));
        // the stand-in eMSP answers every GET with an envelope without data: no version 2.2.1 there
        given().header("Authorization", TOKEN_A).contentType("application/json")
                .body(emspCredentials("token-b", emsp.url("/ocpi/emsp/versions")))
                .post(CREDENTIALS).then().statusCode(400).body("status_code", equalTo(3002));
        // the configured token C is no registration: POST is for TOKEN_A, PUT and DELETE for a registered token
        asEmsp().body(emspCredentials("token-b", ownVersions())).post(CREDENTIALS).then().statusCode(405);
        asEmsp().body(emspCredentials("token-b", ownVersions())).put(CREDENTIALS).then().statusCode(405);
        asEmsp().delete(CREDENTIALS).then().statusCode(405);
    }

    @Test
    void registerRotateAndUnregister() {
        var registered = given().header("Authorization", TOKEN_A).contentType("application/json")
                .body(emspCredentials("local-cpo-token-c", ownVersions())).post(CREDENTIALS);
        String tokenC = registered.path("data.token");
        try {
            registered.then().statusCode(200).body("status_code", equalTo(1000))
                    .body("data.url", equalTo(ownVersions()))
                    .body("data.roles[0].role", equalTo("CPO"))
                    .body("data.roles[0].party_id", equalTo("CIQ"))
                    // every party whose locations we serve is a CPO role, so the eMSP accepts their pushes
                    .body("data.roles.party_id", contains("CIQ", "EVB", "IOY"))
                    .body("data.roles.role", everyItem(equalTo("CPO")));
            assertTrue(tokenC.length() <= 64);
            given().header("Authorization", TOKEN_A).get("/ocpi/cpo/versions").then().statusCode(401);
            given().header("Authorization", token(tokenC)).get("/ocpi/cpo/2.2.1/locations").then().statusCode(200);
            given().header("Authorization", token(tokenC)).get(CREDENTIALS).then().statusCode(200)
                    .body("data.token", equalTo(tokenC));
            given().header("Authorization", token(tokenC)).contentType("application/json")
                    .body(emspCredentials("local-cpo-token-c", ownVersions())).post(CREDENTIALS).then()
                    .statusCode(405);

            String rotated = given().header("Authorization", token(tokenC)).contentType("application/json")
                    .body(emspCredentials("local-cpo-token-c", ownVersions())).put(CREDENTIALS).then()
                    .statusCode(200).extract().path("data.token");
            assertNotEquals(tokenC, rotated);
            given().header("Authorization", token(tokenC)).get("/ocpi/cpo/2.2.1/locations").then().statusCode(401);
            tokenC = rotated;
            given().header("Authorization", token(tokenC)).get("/ocpi/cpo/2.2.1/locations").then().statusCode(200);
        } finally {
            given().header("Authorization", token(tokenC)).delete(CREDENTIALS).then().statusCode(200)
                    .body("status_code", equalTo(1000));
        }
        given().header("Authorization", token(tokenC)).get("/ocpi/cpo/2.2.1/locations").then().statusCode(401);
        given().header("Authorization", TOKEN_A).get("/ocpi/cpo/versions").then().statusCode(200);
        asEmsp().get("/ocpi/cpo/2.2.1/locations").then().statusCode(200);
    }

    @Test
    void requestAndCorrelationIdsAreEchoedOrMadeUp() {
        asEmsp().header("X-Request-ID", "req-1").header("X-Correlation-ID", "corr-1")
                .get("/ocpi/cpo/versions").then().statusCode(200)
                .header("X-Request-ID", "req-1").header("X-Correlation-ID", "corr-1");
        given().header("X-Request-ID", "req-2").header("X-Correlation-ID", "corr-2")
                .get("/ocpi/cpo/versions").then().statusCode(401)
                .header("X-Request-ID", "req-2").header("X-Correlation-ID", "corr-2");
        var response = asEmsp().get("/ocpi/cpo/versions");
        response.then().statusCode(200).header("X-Request-ID", notNullValue()).header("X-Correlation-ID", notNullValue());
        assertNotEquals(response.header("X-Request-ID"), response.header("X-Correlation-ID"));
    }

    @Test
    void pushesCarryTheCorrelationIdOfTheCommandThatCausedThem() {
        String reference = UUID.randomUUID().toString();
        String startCorrelation = "start-" + reference;
        String startUrl = "/ocpi/emsp/2.2.1/commands/START_SESSION/" + reference;
        asEmsp().header("X-Correlation-ID", startCorrelation).body(Map.of(
                "response_url", emsp.url(startUrl),
                "token", Map.of("country_code", "DE", "party_id", "CNX", "uid", "TOKEN-1", "type", "APP_USER",
                        "contract_id", "DE-CNX-C12345678-X", "issuer", "Connect", "valid", true,
                        "whitelist", "ALLOWED", "last_updated", "2026-04-02T10:00:00Z"),
                "location_id", "ioy-buerstadt", "evse_uid", "BUE-01", "authorization_reference", reference))
                .post("/ocpi/cpo/2.2.1/commands/START_SESSION").then().statusCode(200)
                .header("X-Correlation-ID", startCorrelation).body("data.result", equalTo("ACCEPTED"));

        List<Map<String, Object>> pushes = await().atMost(Duration.ofSeconds(10)).until(
                () -> exchanges(startCorrelation, "OUT"), list -> list.stream()
                        .anyMatch(e -> "PUT".equals(e.get("method"))));
        Map<String, Object> result = pushes.stream().filter(e -> emsp.url(startUrl).equals(e.get("target")))
                .findFirst().orElseThrow();
        assertEquals("POST", result.get("method"));
        Map<String, Object> put = pushes.stream().filter(e -> "PUT".equals(e.get("method"))).findFirst().orElseThrow();
        assertNotEquals(result.get("request_id"), put.get("request_id"));
        String sessionId = put.get("target").toString().substring(put.get("target").toString().lastIndexOf('/') + 1);

        String stopCorrelation = "stop-" + reference;
        String stopUrl = "/ocpi/emsp/2.2.1/commands/STOP_SESSION/" + reference;
        asEmsp().header("X-Correlation-ID", stopCorrelation)
                .body(Map.of("response_url", emsp.url(stopUrl), "session_id", sessionId))
                .post("/ocpi/cpo/2.2.1/commands/STOP_SESSION").then().statusCode(200);
        List<Map<String, Object>> stopPushes = await().atMost(Duration.ofSeconds(10)).until(
                () -> exchanges(stopCorrelation, "OUT"), list -> !list.isEmpty());
        assertEquals(emsp.url(stopUrl), stopPushes.get(0).get("target"));
        // the session's closing PATCH and its CDR belong to the session's chain, which the start opened
        await().atMost(Duration.ofSeconds(10)).until(() -> exchanges(startCorrelation, "OUT").stream()
                .anyMatch(e -> e.get("target").toString().endsWith("/cdrs")));
        assertFalse(exchanges(startCorrelation, "IN").isEmpty());
    }

    static List<Map<String, Object>> exchanges(String correlationId, String direction) {
        JsonPath body = given().queryParam("correlation_id", correlationId).get("/sim/ocpi-exchanges").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = body.getList("$");
        return all.stream().filter(e -> direction.equals(e.get("direction"))).toList();
    }
}
