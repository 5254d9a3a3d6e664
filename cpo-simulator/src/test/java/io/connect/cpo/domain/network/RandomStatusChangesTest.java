package io.connect.cpo.domain.network;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.cpo.EmspStandIn;
import io.connect.cpo.domain.NetworkState;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generated network's random status changes, in the running simulator: the draws its seed predicts are the
 * changes it makes, each pushed to the eMSP as an EVSE PATCH, and a date_from pull from before them lists exactly
 * the changed locations with the new statuses. The scheduler is off (0 changes/s): the test draws one by one.
 */
@QuarkusTest
@TestProfile(RandomStatusChangesTest.SmallEurope.class)
class RandomStatusChangesTest {

    private static final long SEED = 42;
    private static final int LOCATIONS = 2_000;
    private static final String PUSHES = "/ocpi/emsp/2.2.1/locations/";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class SmallEurope implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmspStandIn.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cpo.network", "europe",
                    "cpo.generator.seed", String.valueOf(SEED),
                    "cpo.generator.locations", String.valueOf(LOCATIONS),
                    "cpo.generator.status-changes-per-second", "0",
                    "cpo.page-limit", "1000");
        }
    }

    @EmspStandIn.Inject
    EmspStandIn.Recorder emsp;

    @Inject
    RandomStatusChanges changes;

    @Inject
    NetworkState state;

    @Test
    void theSeedsDrawsAreTheChangesPushedAndPulledWithDateFrom() throws Exception {
        int draws = 300;
        Map<String, EvseStatus> predicted = new HashMap<>(); // "location/evse uid" -> status after the draws
        List<String> predictedChanges = new ArrayList<>();
        StatusChangeDraws replay = new StatusChangeDraws(SEED, LOCATIONS);
        for (int i = 0; i < draws; i++) {
            StatusChangeDraws.Draw draw = replay.next();
            Location location = state.location(draw.locationId()).orElseThrow();
            if (location.evsesOrEmpty().isEmpty()) {
                continue;
            }
            Evse evse = location.evsesOrEmpty().get(draw.evsePick() % location.evsesOrEmpty().size());
            String key = draw.locationId() + "/" + evse.uid();
            EvseStatus current = predicted.computeIfAbsent(key, k -> evse.statusValue());
            if (current != EvseStatus.CHARGING && current != draw.target()) {
                predicted.put(key, draw.target());
                predictedChanges.add(key + "=" + draw.target());
            }
        }
        assertTrue(predictedChanges.size() > 50, "changes among the draws: " + predictedChanges.size());

        Instant before = Times.now();
        int pushedBefore = emsp.received("PATCH", PUSHES).size();
        for (int i = 0; i < draws; i++) {
            changes.changeOne();
        }

        List<EmspStandIn.Received> pushes = awaitPushes(pushedBefore, predictedChanges.size());
        List<String> pushed = new ArrayList<>();
        for (EmspStandIn.Received push : pushes) {
            String[] path = push.path().substring(PUSHES.length()).split("/"); // cc/party/location/evse
            JsonNode body = JSON.readTree(push.body());
            pushed.add(decoded(path[2]) + "/" + decoded(path[3]) + "=" + body.get("status").asText());
            assertFalse(Instant.parse(body.get("last_updated").asText()).isBefore(before), push.body());
        }
        assertEquals(sorted(predictedChanges), sorted(pushed), "one PATCH per change (sent concurrently)");

        JsonPath pull = given().header("Authorization", "Token " + Base64.getEncoder()
                        .encodeToString("local-cpo-token-c".getBytes(StandardCharsets.UTF_8)))
                .queryParam("date_from", before.toString()).queryParam("limit", 1000)
                .get("/ocpi/cpo/2.2.1/locations").then().statusCode(200).extract().jsonPath();
        Set<String> changedLocations = new HashSet<>();
        predictedChanges.forEach(c -> changedLocations.add(c.substring(0, c.indexOf('/'))));
        assertEquals(changedLocations, new HashSet<>(pull.getList("data.id", String.class)));
        List<Map<String, Object>> pulled = pull.getList("data");
        for (Map<String, Object> location : pulled) {
            assertFalse(Instant.parse((String) location.get("last_updated")).isBefore(before), location.get("id") + "");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evses = (List<Map<String, Object>>) location.get("evses");
            for (Map<String, Object> evse : evses) {
                EvseStatus expected = predicted.get(location.get("id") + "/" + evse.get("uid"));
                if (expected != null) {
                    assertEquals(expected.name(), evse.get("status"), location.get("id") + "/" + evse.get("uid"));
                }
            }
        }
    }

    private List<EmspStandIn.Received> awaitPushes(int before, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        List<EmspStandIn.Received> all = emsp.received("PATCH", PUSHES);
        while (all.size() < before + expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            all = emsp.received("PATCH", PUSHES);
        }
        Thread.sleep(300); // and no more than that
        all = emsp.received("PATCH", PUSHES);
        return all.subList(before, all.size());
    }

    private static String decoded(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static List<String> sorted(List<String> items) {
        return items.stream().sorted().toList();
    }
}
