package io.connect.charging.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.testsupport.PartnerFixture;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way a start can end, each driven by scripting the real CPO simulator, through a real charging-service
 * (replica A, start timeout 4 s) with its real neighbours: status, error type, and the hold released at Stripe.
 */
class StartOutcomesIT extends NetworkWithEventTap {

    @Test
    void anAcceptedStartIs201AndTheSessionRunsToItsCdr() {
        Driver driver = Driver.withCard(net, "it-accepted");
        String evse = net.freshEvse();
        String session = driver.startOnA(evse).then().statusCode(201)
                .body("evse_id", equalTo(evse))
                .body("is_active", equalTo(true))
                .extract().path("id");
        JsonNode started = tap.await("charging.session.started.v1", session, Duration.ofSeconds(15));
        String pi = started.at("/data/pre_authorization/payment_intent_id").asText();
        assertEquals("requires_capture", Holds.status(net, pi));

        // another partner, and another user of the same partner, see nothing of it
        Driver stranger = Driver.withCard(net, "it-stranger");
        Driver.api(net.chargingA.url(), stranger.partner)
                .post("/api/v1/users/{u}/charging/stop/{s}/", driver.user, session).then().statusCode(404);
        stranger.onA().post("/api/v1/users/{u}/charging/stop/{s}/", stranger.user, session).then().statusCode(404);
        stranger.onA().get("/api/v1/users/{u}/charging-sessions/{s}/", stranger.user, session).then().statusCode(404);
        PartnerFixture.Partner same = driver.partner;
        String sibling = net.fixture.createUser(same, "sibling-" + System.nanoTime() + "@example.org");
        Driver.api(net.chargingA.url(), same).post("/api/v1/users/{u}/charging/stop/{s}/", sibling, session)
                .then().statusCode(404);

        // the user charges once at a time
        driver.startOnA(net.freshEvse()).then().statusCode(409).body("error.type", equalTo("already_charging"));

        stopWhenStarted(driver, session);
        driver.stop(session).then().statusCode(409).body("error.type", equalTo("already_stopped"));

        JsonNode completed = tap.await("charging.session.completed.v1", session, Duration.ofSeconds(30));
        assertTrue(completed.at("/data/cdr_id").asText().startsWith("CDR-"), completed.toString());
        driver.session(session).then().statusCode(200).body("is_active", equalTo(false));
        driver.stop(session).then().statusCode(409).body("error.type", equalTo("already_stopped"));

        String path = "/api/v1/users/{u}/charging-sessions/{s}/";
        for (int rate = 1; rate <= 5; rate++) {
            driver.onA().body(Map.of("rates", rate)).patch(path, driver.user, session).then().statusCode(200)
                    .body("rates", equalTo(rate));
        }
        driver.onA().body(Map.of("rates", 6)).patch(path, driver.user, session).then().statusCode(400)
                .body("error.type", equalTo("validation_error"));
        driver.onA().body(Map.of("rates", 0)).patch(path, driver.user, session).then().statusCode(400);
    }

    @ParameterizedTest(name = "CommandResult {0} -> {1} {2}")
    @CsvSource({
            "REJECTED, 424, charging_provider_error",
            "FAILED, 424, charging_provider_error",
            "EVSE_OCCUPIED, 409, station_availability_issue",
            "EVSE_INOPERATIVE, 409, station_availability_issue"})
    void aRefusedStartIsAnsweredAndReleasesTheHold(String result, int status, String type) {
        Driver driver = Driver.withCard(net, "it-" + result.toLowerCase());
        String evse = net.freshEvse();
        net.script(evse, Map.of("command_result", result));

        long t0 = System.nanoTime();
        driver.startOnA(evse).then().statusCode(status).body("error.type", equalTo(type))
                .body("error.details", containsString(result));
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(ChargingNetwork.A_START_TIMEOUT) < 0,
                "answered on the CommandResult, not at the timeout");
        String session = driver.newestSession();
        JsonNode failed = Holds.assertReleased(net, tap, session);
        assertEquals(result, failed.at("/data/reason").asText());
        driver.session(session).then().body("is_active", equalTo(false));
        // the failure does not hold the user
        net.script(evse, Map.of("command_result", "ACCEPTED"));
        String next = driver.startOnA(evse).then().statusCode(201).extract().path("id");
        stopWhenStarted(driver, next);
    }

    @Test
    void anImmediatelyRejectedCommandIs424AndReleasesTheHold() {
        Driver driver = Driver.withCard(net, "it-response-rejected");
        String evse = net.freshEvse();
        net.script(evse, Map.of("command_response", "REJECTED"));
        driver.startOnA(evse).then().statusCode(424).body("error.type", equalTo("charging_provider_error"))
                .body("error.details", containsString("REJECTED"));
        Holds.assertReleased(net, tap, driver.newestSession());
    }

    @ParameterizedTest(name = "{0}: 424 at our own timeout")
    @CsvSource({"TIMEOUT", "NO_ANSWER"})
    void aTimeoutOrSilenceIs424AtOurTimeout(String result) {
        Driver driver = Driver.withCard(net, "it-" + result.toLowerCase());
        String evse = net.freshEvse();
        net.script(evse, Map.of("command_result", result));
        long t0 = System.nanoTime();
        driver.startOnA(evse).then().statusCode(424).body("error.type", equalTo("charging_provider_error"));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        // OCPI #475: even a TIMEOUT result keeps the start waiting for a late session until our own timeout
        assertTrue(took.compareTo(ChargingNetwork.A_START_TIMEOUT) >= 0, "answered after " + took);
        JsonNode failed = Holds.assertReleased(net, tap, driver.newestSession());
        assertEquals(result, failed.at("/data/reason").asText());
    }

    @Test
    void aSessionThatFollowsATimeoutWithinOurWaitStartsTheSession() {
        Driver driver = Driver.withCard(net, "it-timeout-then-session");
        String evse = net.freshEvse();
        // TIMEOUT after 1 s, the session itself 1 s later: still inside our 4 s
        net.script(evse, Map.of("command_result", "TIMEOUT", "start_anyway", true, "latency_ms", 1000));
        String session = driver.startOnA(evse).then().statusCode(201).body("is_active", equalTo(true))
                .extract().path("id");
        tap.await("charging.session.started.v1", session, Duration.ofSeconds(15));
        stopWhenStarted(driver, session);
        tap.await("charging.session.completed.v1", session, Duration.ofSeconds(30));
    }

    @Test
    void aSessionArrivingAfterWeAnsweredTimeoutIsStoppedAndSettledByItsCdr() {
        Driver driver = Driver.withCard(net, "it-late-session");
        String evse = net.freshEvse();
        // TIMEOUT at 2.5 s, our answer at 4 s, the session at 5 s
        net.script(evse, Map.of("command_result", "TIMEOUT", "start_anyway", true, "latency_ms", 2500));
        driver.startOnA(evse).then().statusCode(424).body("error.type", equalTo("charging_provider_error"));
        String session = driver.newestSession();
        Holds.assertReleased(net, tap, session);

        // the late session is accepted, the charger told to stop, and its CDR settles our session
        JsonNode completed = tap.await("charging.session.completed.v1", session, Duration.ofSeconds(30));
        assertEquals(evse, completed.at("/data/evse_id").asText());
        List<String> simStates = net.sim().get("/sim/sessions").jsonPath()
                .getList("findAll { it.evse_id == '" + evse + "' }.session.status");
        assertEquals(List.of("COMPLETED"), simStates, "the charger no longer runs for a user told it failed");
        driver.session(session).then().body("is_active", equalTo(false));
        // the session no longer holds the user (what billing makes of a CDR for a released hold is its business:
        // today the capture fails and the debt refuses the next start with 402)
        Response again = driver.startOnA(net.freshEvse());
        assertTrue(again.statusCode() != 409, again.asString());
        if (again.statusCode() == 201) {
            stopWhenStarted(driver, again.path("id"));
        }
    }

    @Test
    void anEvseThatIsNotAvailableOrUnknownIsRefusedBeforeAnyHold() {
        Driver driver = Driver.withCard(net, "it-unavailable");
        String evse = net.freshEvse();
        net.sim().body(Map.of("status", "OUTOFORDER")).put("/sim/evses/{id}/status", evse).then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() ->
                driver.startOnA(evse).statusCode() == 409);
        driver.startOnA(evse).then().statusCode(409).body("error.type", equalTo("station_availability_issue"))
                .body("error.details", containsString("OUTOFORDER"));
        driver.startOnA("DE*CIQ*ENOSUCHEVSE*1").then().statusCode(404)
                .body("detail", containsString("DE*CIQ*ENOSUCHEVSE*1"));
        assertEquals(0, driver.onA().get("/api/v1/users/{u}/charging-sessions/", driver.user)
                .then().statusCode(200).extract().jsonPath().getInt("count"));
    }

    /**
     * Stops a started session. A stop needs the CPO's session id, which its Session PUT brings just after the
     * CommandResult: until then the answer is 409 temporary_locked ("still starting").
     */
    static void stopWhenStarted(Driver driver, String session) {
        Response[] last = new Response[1];
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = driver.stop(session);
            return last[0].statusCode() != 409
                    || !"temporary_locked".equals(last[0].jsonPath().getString("error.type"));
        });
        last[0].then().statusCode(204);
    }
}
