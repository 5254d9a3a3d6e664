package io.connect.station.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pulls carry OCPI's message ids (read back from the simulator's exchange log), and without a CPO registration
 * (charging-service unreachable here) the configured tokens apply both ways. Registrations themselves are tested
 * with a real charging-service in charging-service's CpoRegistrationsTest.
 */
@QuarkusTest
@QuarkusTestResource(StationTestResources.class)
class OcpiPullIdsTest {

    @Test
    void theStartUpPullSendsOneCorrelationIdAndANewRequestIdPerPage() {
        TestSupport.awaitFirstSync();
        List<Map<String, Object>> pulls = given().baseUri(StationTestResources.cpo.url()).get("/sim/ocpi-exchanges")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(e -> "IN".equals(e.get("direction"))
                        && String.valueOf(e.get("target")).matches("/ocpi/cpo/2\\.2\\.1/(locations|tariffs)"))
                .toList();
        // the start-up run: the first pull's correlation id (the simulator started with this test JVM)
        Object startUp = pulls.get(0).get("correlation_id");
        List<Map<String, Object>> run = pulls.stream().filter(e -> startUp.equals(e.get("correlation_id"))).toList();
        assertTrue(run.size() >= 4, "tariffs and 9 locations by 3: one correlation id for the run " + pulls);
        for (Map<String, Object> e : run) {
            assertEquals("CONFIGURED_C", e.get("caller"), "no registration: the configured token C " + e);
            assertEquals(200, e.get("status"));
        }
        assertEquals(run.size(), new HashSet<>(run.stream().map(e -> e.get("request_id")).toList()).size(),
                "a new X-Request-ID per request: " + run);
    }

    @Test
    void withoutARegistrationOnlyTheConfiguredTokenMayPush() {
        String url = "/ocpi/emsp/2.2.1/tariffs/DE/TST/NOPE";
        TestSupport.ocpi().get(url).then().statusCode(404);
        given().header("Authorization", "Token " + java.util.Base64.getEncoder()
                        .encodeToString("someone-elses-token".getBytes()))
                .get(url).then().statusCode(401)
                .body("status_code", equalTo(2000)).body("status_message", equalTo("Unknown token"));
    }
}
