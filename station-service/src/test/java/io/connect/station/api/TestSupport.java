package io.connect.station.api;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.Base64;

import static io.restassured.RestAssured.given;

/** Shared helpers of the integration tests. */
final class TestSupport {

    static final String INTERNAL = "Bearer local-internal-token";
    static final String OCPI_TOKEN = "Token " + Base64.getEncoder().encodeToString("local-emsp-token-b".getBytes());

    private TestSupport() {
    }

    /**
     * A new partner for each test: connect_user_test is shared with other modules' tests, whose user-service
     * boots clean it, so a partner created once at start-up may be gone minutes later.
     */
    static void freshPartner() {
        StationTestResources.partner = new io.connect.testsupport.PartnerFixture(StationTestResources.userService.url(),
                io.connect.testsupport.PartnerFixture.LOCAL_ADMIN_TOKEN).createPartner("station-test");
    }

    static RequestSpecification partner() {
        return given().header("Authorization", "Bearer " + StationTestResources.partner.apiToken());
    }

    static RequestSpecification ocpi() {
        return given().header("Authorization", OCPI_TOKEN).contentType("application/json");
    }

    /** The start-up pull runs in the background; wait until it has succeeded once. */
    static JsonPath awaitFirstSync() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath status = given().header("Authorization", INTERNAL).get("/internal/v1/sync-status").jsonPath();
            if ("OK".equals(status.getString("find { it.cpo == 'sim' }.state"))
                    || status.getString("find { it.cpo == 'sim' }.last_success_started_at") != null) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the CPO pull did not succeed: "
                + given().header("Authorization", INTERNAL).get("/internal/v1/sync-status").asString());
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
