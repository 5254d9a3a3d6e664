package io.connect.platform.it;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dependency that is briefly gone is the client's cue to retry, not an unexpected error: 503 with
 * {@code Retry-After} and {@code service_unavailable}, never a 500. (In the test app, user-service's URL points at a
 * closed port, and the database is reached through a TcpProxy that the test cuts.)
 */
@QuarkusTest
@WithTestResource(PlatformInfraResource.class)
class DependencyOutageAnswersTest {

    @Test
    void a_token_that_cannot_be_checked_gets_503_with_retry_after() {
        Response response = given().header("Authorization", "Bearer cnt_some_token").get("/api/v1/probe");

        assertUnavailable(response, "authentication");
    }

    @Test
    void a_write_while_the_database_is_gone_gets_503_and_works_again_after() {
        PlatformInfraResource.postgres().cut();
        try {
            assertUnavailable(given().post("/test/probe-events"), "the database");
        } finally {
            PlatformInfraResource.postgres().restore();
        }
        awaitCreated();
    }

    private static void assertUnavailable(Response response, String what) {
        assertEquals(503, response.statusCode(), response.asString());
        assertEquals("1", response.header("Retry-After"));
        assertEquals("service_unavailable", response.jsonPath().getString("error.type"));
        assertEquals(what + " is out of reach", response.jsonPath().getString("error.details"));
    }

    private static void awaitCreated() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        int last = 0;
        while (System.nanoTime() < deadline) {
            last = given().post("/test/probe-events").statusCode();
            if (last == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(200, last, "the write succeeds once the database is back");
    }
}
