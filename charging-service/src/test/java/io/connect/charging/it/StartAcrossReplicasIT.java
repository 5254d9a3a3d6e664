package io.connect.charging.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.connect.charging.it.StartOutcomesIT.stopWhenStarted;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two charging-service replicas on one database. The start runs on B (start timeout 20 s); the CPO's
 * CommandResult, Session and CDR all land on A. B must answer as soon as A has the answer (PostgreSQL
 * NOTIFY), not at its timeout.
 */
class StartAcrossReplicasIT extends NetworkWithEventTap {

    static final Duration PROMPT = Duration.ofSeconds(6);

    @Test
    void aCommandResultOnTheOtherReplicaCompletesTheWaitingStart() {
        Driver driver = Driver.withCard(net, "it-replicas");
        String evse = net.freshEvse();
        long t0 = System.nanoTime();
        String session = driver.start(driver.onB(), evse).then().statusCode(201)
                .body("is_active", equalTo(true)).extract().path("id");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertTrue(took.compareTo(PROMPT) < 0, "B answered after " + took + " (its timeout is "
                + ChargingNetwork.B_START_TIMEOUT + ")");
        tap.await("charging.session.started.v1", session, Duration.ofSeconds(15));
        stopWhenStarted(driver, session);
    }

    @Test
    void aRefusalOnTheOtherReplicaIsAnsweredAtOnceToo() {
        Driver driver = Driver.withCard(net, "it-replicas-refused");
        String evse = net.freshEvse();
        net.script(evse, Map.of("command_result", "EVSE_OCCUPIED"));
        long t0 = System.nanoTime();
        driver.start(driver.onB(), evse).then().statusCode(409)
                .body("error.type", equalTo("station_availability_issue"));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertTrue(took.compareTo(PROMPT) < 0, "B answered after " + took);
        Holds.assertReleased(net, tap, driver.newestSession());
    }

    @Test
    void aStartTheCpoNeverAnswersIsClosedByTheWatchdogWhichWakesTheWaitingReplica() {
        Driver driver = Driver.withCard(net, "it-replicas-pending");
        String evse = net.freshEvse();
        net.script(evse, Map.of("command_result", "NO_ANSWER"));
        long t0 = System.nanoTime();
        driver.start(driver.onB(), evse).then().statusCode(424)
                .body("error.type", equalTo("charging_provider_error"));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        // the watchdog's starting-timeout (8 s) comes before B's own 20 s
        assertTrue(took.compareTo(ChargingNetwork.STARTING_TIMEOUT) >= 0
                && took.compareTo(ChargingNetwork.B_START_TIMEOUT.minusSeconds(5)) < 0, "answered after " + took);
        JsonNode failed = Holds.assertReleased(net, tap, driver.newestSession());
        assertEquals("STARTING_TIMEOUT", failed.at("/data/reason").asText());
    }
}
