package io.connect.platform.it;

import io.connect.testsupport.TcpProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Readiness follows the database and Kafka without a restart: each is cut at its TcpProxy (the shared servers keep
 * running), {@code /q/health/ready} answers 503 naming the failed check, and 200 again once the proxy lets through.
 */
@QuarkusTest
@WithTestResource(PlatformInfraResource.class)
class ReadinessFlipsTest {

    static final String DATABASE_CHECK = "Database connections health check";
    static final Duration DOWN_WITHIN = Duration.ofSeconds(15);
    static final Duration UP_WITHIN = Duration.ofSeconds(30);

    @Test
    void readiness_is_down_while_the_database_is_gone_and_up_when_it_returns() {
        flips(PlatformInfraResource.postgres(), DATABASE_CHECK);
    }

    @Test
    void readiness_is_down_while_kafka_is_gone_and_up_when_it_returns() {
        flips(PlatformInfraResource.kafka(), "kafka");
    }

    private static void flips(TcpProxy dependency, String check) {
        awaitReadiness(200, UP_WITHIN);
        long cutAt = System.nanoTime();
        dependency.cut();
        try {
            Response down = awaitReadiness(503, DOWN_WITHIN);
            double downAfter = (System.nanoTime() - cutAt) / 1e9;
            assertEquals("DOWN", down.jsonPath().getString("checks.find { it.name == '" + check + "' }.status"),
                    "the failed check is named: " + down.asString());
            System.out.printf("readiness: '%s' DOWN (503) %.1f s after the cut%n", check, downAfter);
        } finally {
            dependency.restore();
        }
        long restoredAt = System.nanoTime();
        Response up = awaitReadiness(200, UP_WITHIN);
        assertEquals("UP", up.jsonPath().getString("checks.find { it.name == '" + check + "' }.status"));
        System.out.printf("readiness: '%s' UP (200) %.1f s after the restore%n", check,
                (System.nanoTime() - restoredAt) / 1e9);
    }

    private static Response awaitReadiness(int status, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = given().get("/q/health/ready");
            if (last.statusCode() == status) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("/q/health/ready did not answer " + status + " within " + within + "; last: "
                + (last == null ? "none" : last.statusCode() + " " + last.asString()));
    }
}
