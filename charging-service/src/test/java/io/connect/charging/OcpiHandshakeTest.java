package io.connect.charging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.charging.domain.SessionState;
import io.connect.charging.ocpi.CpoRegistrationKeeper;
import io.connect.charging.persistence.OcpiParty;
import io.connect.ocpi.transport.OcpiToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OCPI 2.2.1 transport against the CPO simulator running as a real process: our versions and details, the
 * credentials handshake both ways (TOKEN_A, B, C), rotation, unregistering, and X-Request-ID / X-Correlation-ID
 * on every request in both directions (read back from the simulator's exchange log).
 */
@QuarkusTest
@WithTestResource(value = CpoSimulatorTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OcpiHandshakeTest extends CpoRegistrationFixture {

    static final String REGISTRATION = "/internal/v1/ocpi/cpo-registration";
    static final String CREDENTIALS = "/ocpi/emsp/2.2.1/credentials";
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "connect.ocpi.public-url")
    String us;

    @Inject
    SessionSeeder seeder;

    @Inject
    CpoRegistrationKeeper keeper;

    static RequestSpecification withToken(String token) {
        return given().header("Authorization", OcpiToken.header(token)).contentType(ContentType.JSON);
    }

    RequestSpecification atCpo(String token) {
        return withToken(token).baseUri(cpo).port(-1);
    }

    String register(String correlationId) {
        internal().header("X-Correlation-ID", correlationId).body(Map.of("token_a", CpoSimulatorTestResources.TOKEN_A))
                .post(REGISTRATION).then().statusCode(201);
        return correlationId;
    }

    /** The simulator's record of OCPI requests with this correlation id, in and out, oldest first. */
    List<Map<String, Object>> exchanges(String correlationId) {
        return given().baseUri(cpo).port(-1).queryParam("correlation_id", correlationId).get("/sim/ocpi-exchanges")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> only(List<Map<String, Object>> exchanges, String direction) {
        return exchanges.stream().filter(e -> direction.equals(e.get("direction"))).toList();
    }

    @Test
    void versionsAndDetailsListOurModulesAtThePublicUrl() {
        withToken("local-emsp-token-b").get("/ocpi/emsp/versions").then().statusCode(200)
                .body("status_code", equalTo(1000))
                .body("data.version", contains("2.2.1"))
                .body("data[0].url", equalTo(us + "/ocpi/emsp/2.2.1"));
        withToken("local-emsp-token-b").get("/ocpi/emsp/2.2.1").then().statusCode(200)
                .body("data.version", equalTo("2.2.1"))
                .body("data.endpoints.identifier", contains("credentials", "credentials", "locations", "tariffs",
                        "sessions", "cdrs", "commands"))
                .body("data.endpoints.find { it.identifier == 'sessions' }.role", equalTo("RECEIVER"))
                .body("data.endpoints.find { it.identifier == 'sessions' }.url", equalTo(us + "/ocpi/emsp/2.2.1/sessions"))
                .body("data.endpoints.find { it.identifier == 'locations' }.url", equalTo(us + "/ocpi/emsp/2.2.1/locations"))
                .body("data.endpoints.find { it.identifier == 'cdrs' }.url", equalTo(us + "/ocpi/emsp/2.2.1/cdrs"))
                .body("data.endpoints.find { it.identifier == 'commands' }.role", equalTo("SENDER"))
                .body("data.endpoints.find { it.identifier == 'commands' }.url", equalTo(us + "/ocpi/emsp/2.2.1/commands"));
        given().get("/ocpi/emsp/versions").then().statusCode(401).body("status_code", equalTo(2000));
    }

    @Test
    void theFullHandshakeStoresTokenCAndTheCposEndpointsUnderOneCorrelationId() {
        String correlationId = "handshake-" + UUID.randomUUID();
        internal().header("X-Correlation-ID", correlationId).body(Map.of("token_a", CpoSimulatorTestResources.TOKEN_A))
                .post(REGISTRATION).then().statusCode(201)
                .header("X-Correlation-ID", correlationId)
                .body("status", equalTo("REGISTERED"))
                .body("country_code", equalTo("DE"))
                .body("party_id", equalTo("CIQ"))
                .body("versions_url", equalTo(cpo + "/ocpi/cpo/versions"))
                .body("endpoints.find { it.identifier == 'commands' }.url", equalTo(cpo + "/ocpi/cpo/2.2.1/commands"))
                .body("token_out", equalTo(null));
        internal().get(REGISTRATION).then().statusCode(200).body("party_id", equalTo("CIQ"));

        List<Map<String, Object>> all = exchanges(correlationId);
        List<Map<String, Object>> in = only(all, "IN");
        assertEquals(List.of("GET /ocpi/cpo/versions TOKEN_A", "GET /ocpi/cpo/2.2.1 TOKEN_A",
                "POST /ocpi/cpo/2.2.1/credentials TOKEN_A", "GET /ocpi/cpo/versions REGISTERED_C",
                "GET /ocpi/cpo/2.2.1 REGISTERED_C"),
                in.stream().map(e -> e.get("method") + " " + e.get("target") + " " + e.get("caller")).toList());
        // while answering our POST, the CPO read our versions with the token B we sent: accepted, ids echoed
        List<Map<String, Object>> out = only(all, "OUT");
        assertEquals(List.of("GET " + us + "/ocpi/emsp/versions 200", "GET " + us + "/ocpi/emsp/2.2.1 200"),
                out.stream().map(e -> e.get("method") + " " + e.get("target") + " " + e.get("status")).toList());
        for (Map<String, Object> e : all) {
            assertEquals(correlationId, e.get("answered_correlation_id"), e.toString());
            assertEquals(e.get("request_id"), e.get("answered_request_id"), e.toString());
        }
        Set<Object> requestIds = new HashSet<>(all.stream().map(e -> e.get("request_id")).toList());
        assertEquals(all.size(), requestIds.size(), "every request has its own X-Request-ID");

        OcpiParty party = store.registered("sim").orElseThrow();
        assertNotEquals("local-cpo-token-c", party.tokenOut);
        assertEquals(party.tokenOut, link.current().token());
        assertEquals(cpo + "/ocpi/cpo/2.2.1/commands", link.current().commandsUrl());
        assertNull(party.tokenInPreviousHash);
        assertNotNull(party.tokenInHash);
    }

    @Test
    void commandsUseTokenCAndTheCposCallbackCarriesTheCommandsCorrelationId() {
        register("handshake-" + UUID.randomUUID());
        UUID session = seeder.seed(UUID.randomUUID().toString(), "partner-ocpi", SessionState.STARTING,
                OffsetDateTime.now(), null);
        UUID command = seeder.command(session, "START_SESSION");
        String responseUrl = us + "/ocpi/emsp/2.2.1/commands/START_SESSION/" + command;
        ObjectNode body = JSON.createObjectNode();
        body.put("response_url", responseUrl);
        ObjectNode token = body.putObject("token");
        token.put("country_code", "DE").put("party_id", "CNT").put("uid", UUID.randomUUID().toString())
                .put("type", "APP_USER").put("contract_id", "DE-CNT-C00000001-X").put("issuer", "Connect")
                .put("valid", true).put("whitelist", "ALLOWED").put("last_updated", "2026-11-27T10:00:00Z");
        body.put("location_id", "evb-worms-rhein").put("evse_uid", "WRHN-01")
                .put("authorization_reference", session.toString());

        assertEquals("ACCEPTED", gateway.send("sim", "START_SESSION", body));

        Map<String, Object> sent = given().baseUri(cpo).port(-1).get("/sim/ocpi-exchanges").then().extract()
                .jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(e -> "/ocpi/cpo/2.2.1/commands/START_SESSION".equals(e.get("target"))).findFirst()
                .orElseThrow();
        assertEquals("REGISTERED_C", sent.get("caller"));
        String correlationId = (String) sent.get("correlation_id");
        assertNotNull(correlationId);
        assertNotNull(sent.get("request_id"));

        Map<String, Object> callback = await().atMost(Duration.ofSeconds(10)).until(
                () -> only(exchanges(correlationId), "OUT").stream()
                        .filter(e -> responseUrl.equals(e.get("target"))).findFirst().orElse(null),
                e -> e != null);
        assertEquals(200, callback.get("status"), "we accepted the CPO's token B: " + callback);
        assertEquals(correlationId, callback.get("answered_correlation_id"));
        assertEquals(callback.get("request_id"), callback.get("answered_request_id"));
        assertNotEquals(sent.get("request_id"), callback.get("request_id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> seeder.load(session).state == SessionState.ACTIVE);
    }

    @Test
    void aWrongTokenAIsRefusedByTheCpoAndNothingIsStored() {
        internal().body(Map.of("token_a", "not-the-token-a")).post(REGISTRATION).then().statusCode(502)
                .body("error.type", equalTo("charging_provider_error"))
                .body("error.cpo_http_status", equalTo(401))
                .body("error.cpo_status_code", equalTo(2000))
                .body("error.details", containsString("/ocpi/cpo/versions"));
        internal().get(REGISTRATION).then().statusCode(404);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> parties.count()));
        assertFalse(link.current().fromHandshake());
        internal().body(Map.of("token_a", "")).post(REGISTRATION).then().statusCode(400)
                .body("error.type", equalTo("validation_error")).body("error.details", containsString("token_a"));
        internal().body(Map.of()).post(REGISTRATION).then().statusCode(400)
                .body("error.details", containsString("no TOKEN_A is configured"));
    }

    @Test
    void rotationReplacesBothTokens() {
        register("handshake-" + UUID.randomUUID());
        OcpiParty before = store.registered("sim").orElseThrow();
        String correlationId = "rotate-" + UUID.randomUUID();
        internal().header("X-Correlation-ID", correlationId).put(REGISTRATION).then().statusCode(200)
                .body("status", equalTo("REGISTERED"));
        OcpiParty after = store.registered("sim").orElseThrow();

        assertNotEquals(before.tokenOut, after.tokenOut);
        assertNotEquals(before.tokenInHash, after.tokenInHash);
        assertNull(after.tokenInPreviousHash);
        assertEquals(after.tokenOut, link.current().token());
        atCpo(before.tokenOut).get("/ocpi/cpo/2.2.1/locations").then().statusCode(401);
        atCpo(after.tokenOut).get("/ocpi/cpo/2.2.1/locations").then().statusCode(200);
        List<Map<String, Object>> all = exchanges(correlationId);
        assertTrue(only(all, "IN").stream().anyMatch(e -> "PUT".equals(e.get("method"))
                && "/ocpi/cpo/2.2.1/credentials".equals(e.get("target")) && "REGISTERED_C".equals(e.get("caller"))));
        assertTrue(only(all, "OUT").stream().allMatch(e -> Integer.valueOf(200).equals(e.get("status"))),
                "the CPO read our versions with the new token B: " + all);
        internal().body(Map.of("token_a", CpoSimulatorTestResources.TOKEN_A)).post(REGISTRATION).then()
                .statusCode(409);
    }

    @Test
    void unregisteringFallsBackToTheConfiguredToken() {
        register("handshake-" + UUID.randomUUID());
        String tokenC = store.registered("sim").orElseThrow().tokenOut;
        assertTrue(link.current().fromHandshake());

        internal().delete(REGISTRATION).then().statusCode(204);

        internal().get(REGISTRATION).then().statusCode(404);
        internal().delete(REGISTRATION).then().statusCode(404);
        atCpo(tokenC).get("/ocpi/cpo/2.2.1/locations").then().statusCode(401);
        assertFalse(link.current().fromHandshake());
        assertEquals("local-cpo-token-c", link.current().token());
        // the simulator hands its TOKEN_A out again once we left
        register("again-" + UUID.randomUUID());
    }

    @Test
    void aRegistrationTheCpoForgotIsDroppedByTheKeeper() {
        register("handshake-" + UUID.randomUUID());
        OcpiParty party = store.registered("sim").orElseThrow();
        keeper.keepRegistered();
        assertEquals(party.tokenOut, store.registered("sim").orElseThrow().tokenOut, "still accepted: kept");

        // the CPO forgets us, as the simulator does when it restarts
        atCpo(party.tokenOut).delete("/ocpi/cpo/2.2.1/credentials").then().statusCode(200);
        keeper.keepRegistered();

        internal().get(REGISTRATION).then().statusCode(404);
        assertFalse(link.current().fromHandshake());
        assertEquals("local-cpo-token-c", link.current().token());
    }

    @Test
    void aCpoRegistersWithUsUsingATokenAWeIssued() {
        String tokenA = internal().post("/internal/v1/ocpi/token-a").then().statusCode(201)
                .body("versions_url", equalTo(us + "/ocpi/emsp/versions")).extract().path("token_a");
        withToken(tokenA).get("/ocpi/emsp/versions").then().statusCode(200);
        withToken(tokenA).get("/ocpi/emsp/2.2.1/cdrs/x").then().statusCode(401)
                .body("status_message", containsString("TOKEN_A"));
        withToken(tokenA).body(Map.of("token", "x")).post(CREDENTIALS).then().statusCode(400)
                .body("status_code", equalTo(2001));
        Map<String, Object> cpoCredentials = Map.of("token", "local-cpo-token-c", "url", cpo + "/ocpi/cpo/versions",
                "roles", List.of(Map.of("role", "CPO", "party_id", "CIQ", "country_code", "DE",
                        "business_details", Map.of("name", "Simulated CPO"))));
        String correlationId = "theirs-" + UUID.randomUUID();

        String ours = withToken(tokenA).header("X-Correlation-ID", correlationId).body(cpoCredentials)
                .post(CREDENTIALS).then().statusCode(200)
                .header("X-Correlation-ID", correlationId)
                .body("data.url", equalTo(us + "/ocpi/emsp/versions"))
                .body("data.roles[0].role", equalTo("EMSP"))
                .body("data.roles[0].party_id", equalTo("CNT"))
                .extract().path("data.token");

        // we read the CPO's versions and details with its token, under the CPO's correlation id
        assertEquals(List.of("GET /ocpi/cpo/versions CONFIGURED_C", "GET /ocpi/cpo/2.2.1 CONFIGURED_C"),
                only(exchanges(correlationId), "IN").stream()
                        .map(e -> e.get("method") + " " + e.get("target") + " " + e.get("caller")).toList());
        withToken(tokenA).get("/ocpi/emsp/versions").then().statusCode(401);
        withToken(ours).get(CREDENTIALS).then().statusCode(200).body("data.token", equalTo(ours));
        withToken(ours).get("/ocpi/emsp/2.2.1/cdrs/unknown").then().statusCode(404);
        withToken(ours).body(cpoCredentials).post(CREDENTIALS).then().statusCode(405);

        String rotated = withToken(ours).body(cpoCredentials).put(CREDENTIALS).then().statusCode(200)
                .extract().path("data.token");
        assertNotEquals(ours, rotated);
        withToken(ours).get(CREDENTIALS).then().statusCode(401);
        withToken(rotated).delete(CREDENTIALS).then().statusCode(200).body("status_code", equalTo(1000));
        withToken(rotated).get(CREDENTIALS).then().statusCode(401);
        withToken("local-emsp-token-b").delete(CREDENTIALS).then().statusCode(405);
    }

    @Test
    void requestAndCorrelationIdsAreEchoedOrMadeUp() {
        withToken("local-emsp-token-b").header("X-Request-ID", "req-1").header("X-Correlation-ID", "corr-1")
                .get("/ocpi/emsp/versions").then().statusCode(200)
                .header("X-Request-ID", "req-1").header("X-Correlation-ID", "corr-1");
        given().header("X-Request-ID", "req-2").header("X-Correlation-ID", "corr-2").contentType(ContentType.JSON)
                .body("{}").post("/ocpi/emsp/2.2.1/cdrs").then().statusCode(401)
                .header("X-Request-ID", "req-2").header("X-Correlation-ID", "corr-2");
        var made = withToken("local-emsp-token-b").get("/ocpi/emsp/versions");
        made.then().header("X-Request-ID", notNullValue()).header("X-Correlation-ID", not(equalTo("")));
        assertNotEquals(made.header("X-Request-ID"), made.header("X-Correlation-ID"));
        assertEquals(RestAssured.port, Integer.parseInt(us.substring(us.lastIndexOf(':') + 1)));
    }
}
