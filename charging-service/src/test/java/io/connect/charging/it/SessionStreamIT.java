package io.connect.charging.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.connect.charging.it.StartOutcomesIT.stopWhenStarted;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the CPO sends once a session runs, scripted on the real simulator: progress or only the end, out-of-order
 * and after-the-end updates, duplicate CDRs, the energy rate, and the watchdog for a CPO that goes silent.
 */
class SessionStreamIT extends NetworkWithEventTap {

    @Test
    void progressFollowsTheEnergyRateAndNeverGoesBackwardsWhenUpdatesArriveOutOfOrder() {
        Driver driver = Driver.withCard(net, "it-progress");
        String evse = net.freshEvse();
        net.script(evse, Map.of("energy_rate_kw", 720, "out_of_order_updates", true));
        String session = driver.startOnA(evse).then().statusCode(201).extract().path("id");

        List<BigDecimal> seenByPartner = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            seenByPartner.add(new BigDecimal(driver.session(session).then().statusCode(200)
                    .extract().<String>path("consumed_energy")));
            sleep(250);
        }
        List<JsonNode> progress = tap.awaitCount("charging.session.progress.v1", session, 2, Duration.ofSeconds(10));
        stopWhenStarted(driver, session);
        JsonNode completed = tap.await("charging.session.completed.v1", session, Duration.ofSeconds(30));

        List<BigDecimal> events = progress.stream().map(e -> new BigDecimal(e.at("/data/consumed_energy").asText()))
                .toList();
        assertNonDecreasing(events, "progress events");
        assertNonDecreasing(seenByPartner, "the partner's view");
        assertTrue(seenByPartner.get(seenByPartner.size() - 1).signum() > 0, seenByPartner.toString());

        // 720 kW for the CDR's duration (the simulator rounds energy down to Wh, time to the second)
        BigDecimal kwh = new BigDecimal(completed.at("/data/consumed_energy").asText());
        int seconds = completed.at("/data/duration").asInt();
        double kw = kwh.doubleValue() * 3600 / seconds;
        assertTrue(seconds >= 5 && Math.abs(kw - 720) < 720 * 0.25, kwh + " kWh in " + seconds + " s = " + kw + " kW");
        assertTrue(kwh.compareTo(events.get(events.size() - 1)) >= 0, "the CDR has the last word");
    }

    @Test
    void withoutProgressUpdatesOnlyTheEndIsReported() {
        Driver driver = Driver.withCard(net, "it-no-progress");
        String evse = net.freshEvse();
        net.script(evse, Map.of("progress_updates", false));
        String session = driver.startOnA(evse).then().statusCode(201).extract().path("id");
        tap.await("charging.session.started.v1", session, Duration.ofSeconds(15));
        assertEquals(0, tap.all("charging.session.progress.v1", session, Duration.ofSeconds(3)).size());
        driver.session(session).then().body("consumed_energy", equalTo("0.000"));

        stopWhenStarted(driver, session);
        JsonNode completed = tap.await("charging.session.completed.v1", session, Duration.ofSeconds(30));
        assertTrue(new BigDecimal(completed.at("/data/consumed_energy").asText()).signum() > 0);
        driver.session(session).then().body("consumed_energy", equalTo(completed.at("/data/consumed_energy").asText()));
    }

    @Test
    void aDuplicateCdrAndUpdatesAfterTheEndChangeNothing() {
        Driver driver = Driver.withCard(net, "it-after-end");
        String evse = net.freshEvse();
        net.script(evse, Map.of("duplicate_cdr", true, "updates_after_stop", 3));
        String session = driver.startOnA(evse).then().statusCode(201).extract().path("id");
        sleep(1500);
        stopWhenStarted(driver, session);
        JsonNode completed = tap.await("charging.session.completed.v1", session, Duration.ofSeconds(30));
        String energy = completed.at("/data/consumed_energy").asText();

        // the simulator sent the CDR twice and then three ACTIVE updates with more energy: all ignored
        assertEquals(1, tap.all("charging.session.completed.v1", session, Duration.ofSeconds(4)).size());
        long progressAfterEnd = tap.all("charging.session.progress.v1", session, Duration.ZERO).stream()
                .filter(e -> new BigDecimal(e.at("/data/consumed_energy").asText())
                        .compareTo(new BigDecimal(energy)) > 0).count();
        assertEquals(0, progressAfterEnd);
        driver.session(session).then().statusCode(200)
                .body("is_active", equalTo(false))
                .body("consumed_energy", equalTo(energy));
    }

    @Test
    void aSessionTheCpoGoesSilentOnIsClosedByTheWatchdogAndItsHoldReleased() {
        Driver driver = Driver.withCard(net, "it-silent");
        String evse = net.freshEvse();
        net.script(evse, Map.of("progress_updates", false));
        String session = driver.startOnA(evse).then().statusCode(201).extract().path("id");
        // no update, no CDR: after cdr-timeout (10 s here) the watchdog fails it
        JsonNode failed = Holds.assertReleased(net, tap, session);
        assertEquals("NO_CDR", failed.at("/data/reason").asText());
        driver.session(session).then().body("is_active", equalTo(false));
        driver.stop(session).then().statusCode(409).body("error.type", equalTo("already_stopped"));
    }

    private static void assertNonDecreasing(List<BigDecimal> values, String what) {
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i).compareTo(values.get(i - 1)) >= 0, what + " went backwards: " + values);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
