package io.connect.charging;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.domain.SessionLifecycle;
import io.connect.charging.domain.SessionState;
import io.connect.charging.domain.SessionWatchdog;
import io.connect.charging.messaging.SessionEvents;
import io.connect.charging.persistence.ChargingSession;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watchdog on the real database and Kafka (the schedule is off in tests: the sweep is called here).
 * payment-service is a dead URL in this setup, so every release fails: the transition must happen anyway and
 * the release stay pending for the next run.
 */
@QuarkusTest
@WithTestResource(value = ChargingTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SessionWatchdogTest {

    private static final String TOPIC = "test.connect.charging.sessions.v1";

    @Inject
    SessionSeeder seeder;

    @Inject
    SessionWatchdog watchdog;

    @Test
    void staleSessionsFailWithTheirEventAndFreshOnesAreUntouched() {
        PartnerFixture.Partner partner = Fixtures.partner("watchdog");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID stuckStart = seeder.seed(Fixtures.user(partner), partner.id(), SessionState.STARTING,
                now.minusMinutes(3), null);
        String silentUser = Fixtures.user(partner);
        UUID silentActive = seeder.seed(silentUser, partner.id(), SessionState.ACTIVE, now.minusHours(7), "wd-1");
        UUID silentStopping = seeder.seed(Fixtures.user(partner), partner.id(), SessionState.STOPPING,
                now.minusHours(7), "wd-2");
        UUID freshStart = seeder.seed(Fixtures.user(partner), partner.id(), SessionState.STARTING,
                now.minusSeconds(20), null);
        UUID recentActive = seeder.seed(Fixtures.user(partner), partner.id(), SessionState.ACTIVE,
                now.minusHours(5), "wd-3");

        try (EventTap tap = new EventTap(TOPIC)) {
            SessionWatchdog.Result result = watchdog.run();
            assertTrue(result.failed() >= 3, result.toString());
            assertTrue(result.releasesPending() >= 3, "payment-service is down: " + result);

            Map<UUID, String> expected = Map.of(stuckStart, SessionLifecycle.STARTING_TIMEOUT,
                    silentActive, SessionLifecycle.NO_CDR, silentStopping, SessionLifecycle.NO_CDR);
            expected.forEach((id, reason) -> {
                ChargingSession s = seeder.load(id);
                assertEquals(SessionState.FAILED, s.state, id.toString());
                assertEquals(reason, s.failureReason);
                assertTrue(s.releasePending, "the failed release is recorded for retry");
                JsonNode event = tap.await(SessionEvents.FAILED, id.toString(), Duration.ofSeconds(15));
                assertEquals(reason, event.at("/data/reason").asText());
                assertEquals(id.toString(), event.at("/data/session_id").asText());
                assertEquals("pi_123", event.at("/data/pre_authorization/payment_intent_id").asText());
            });

            ChargingSession fresh = seeder.load(freshStart);
            assertEquals(SessionState.STARTING, fresh.state);
            assertNull(fresh.failureReason);
            assertFalse(fresh.releasePending);
            assertEquals(SessionState.ACTIVE, seeder.load(recentActive).state);

            // the partner sees the session closed
            given().header("Authorization", "Bearer " + partner.apiToken())
                    .get("/api/v1/users/{u}/charging-sessions/{s}/", silentUser, silentActive)
                    .then().statusCode(200).body("is_active", equalTo(false));

            // the next run retries the releases but fails nothing twice
            SessionWatchdog.Result again = watchdog.run();
            assertTrue(again.releasesPending() >= 3, again.toString());
            assertEquals(1, tap.all(SessionEvents.FAILED, silentActive.toString(), Duration.ofSeconds(2)).size());
            assertTrue(seeder.load(silentActive).releasePending);
        }
    }

    @Test
    void aUserWhoseSessionWasClosedMayStartAgain() {
        PartnerFixture.Partner partner = Fixtures.partner("watchdog-again");
        String user = Fixtures.user(partner);
        seeder.seed(user, partner.id(), SessionState.ACTIVE, OffsetDateTime.now(ZoneOffset.UTC).minusHours(8), "wd-4");
        watchdog.run();
        // no longer already_charging: the start goes on to the (dead) neighbours
        given().header("Authorization", "Bearer " + partner.apiToken()).contentType("application/json")
                .body("{\"evse_id\": \"DE*CIQ*E1*1\", \"payment_method_id\": \"pm_card_visa\"}")
                .post("/api/v1/users/{u}/charging/start/", user)
                .then().statusCode(424);
    }
}
