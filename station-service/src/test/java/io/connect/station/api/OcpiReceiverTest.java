package io.connect.station.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static io.connect.station.api.TestSupport.ocpi;
import static io.connect.station.api.TestSupport.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** CPO pushes to our OCPI eMSP receiver endpoints, and the status event they cause. */
@QuarkusTest
@QuarkusTestResource(StationTestResources.class)
class OcpiReceiverTest {

    private static final String TOPIC = "test.connect.stations.evse-status.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String lid;

    @BeforeEach
    void newLocation() {
        TestSupport.awaitFirstSync();
        TestSupport.freshPartner();
        lid = "push-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String location(String id, String status, String lastUpdated) {
        return """
                {"country_code": "DE", "party_id": "TST", "id": "%s", "publish": true, "name": "Push Test",
                 "address": "Unter den Linden, 1", "city": "Berlin", "postal_code": "10117", "country": "DEU",
                 "coordinates": {"latitude": "52.516800", "longitude": "13.383400"}, "time_zone": "Europe/Berlin",
                 "operator": {"name": "Test Operator"}, "facilities": ["CAFE", "METRO_STATION"],
                 "evses": [{"uid": "%s-1", "evse_id": "DE*TST*E%s*1", "status": "%s", "capabilities": [],
                   "connectors": [{"id": "1", "standard": "IEC_62196_T2_COMBO", "format": "CABLE", "power_type": "DC",
                     "max_voltage": 920, "max_amperage": 400, "max_electric_power": 300000,
                     "tariff_ids": ["TST-HPC"], "last_updated": "%s"}],
                   "last_updated": "%s"}],
                 "last_updated": "%s"}
                """.formatted(id, id, id.substring(5), status, lastUpdated, lastUpdated, lastUpdated);
    }

    private String evseId() {
        return "DE*TST*E" + lid.substring(5) + "*1";
    }

    private String locationUrl() {
        return "/ocpi/emsp/2.2.1/locations/DE/TST/" + lid;
    }

    @Test
    void putCreatesThenStaleUpdatesAreIgnored() {
        ocpi().body(location(lid, "AVAILABLE", "2026-05-01T10:00:00Z")).put(locationUrl()).then().statusCode(201)
                .body("status_code", equalTo(1000)).body("timestamp", notNullValue());
        ocpi().body("""
                {"country_code": "DE", "party_id": "TST", "id": "TST-HPC", "currency": "EUR",
                 "elements": [{"price_components": [{"type": "ENERGY", "price": 0.79, "vat": 19, "step_size": 1}]}],
                 "last_updated": "2026-05-01T10:00:00Z"}""").put("/ocpi/emsp/2.2.1/tariffs/DE/TST/TST-HPC")
                .then().statusCode(anyOk()).body("status_code", equalTo(1000));
        // an older copy is acknowledged but changes nothing
        ocpi().body(location(lid, "OUTOFORDER", "2026-04-01T10:00:00Z")).put(locationUrl()).then().statusCode(200)
                .body("status_code", equalTo(1000)).body("status_message", containsString("Ignored"));

        partner().get("/api/v1/stations/details/?type=station_id&id=" + lid).then().statusCode(200)
                .body("evses[0].status", equalTo("AVAILABLE"))
                .body("speed", equalTo("turbo"))
                .body("amenities", equalTo(List.of("CAFE")))
                .body("is_partner", equalTo(false))
                .body("operator.contact.phone", equalTo(null))
                .body("price_groups[0].prices.kwh_price.ALL[0].gross_price", equalTo("0.7900"))
                .body("price_groups[0].prices.starting_fee.ALL[0].gross_price", equalTo("0.42"))
                .body("price_groups[0].prices.starting_fee.ALL[0].user_facing_price", equalTo("0.50"));
        // a non-partner station near Berlin: only_partners hides it
        String around = "/api/v1/stations/around/?latitude=52.5168&longitude=13.3834&distance=50";
        partner().get(around).then().statusCode(200).body("results.id", org.hamcrest.Matchers.hasItem(lid));
        partner().get(around + "&only_partners=true").then().body("results.id",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(lid)));
    }

    @Test
    void invalidPushesAreRefusedWithOcpiCodes() {
        ocpi().body(location(lid, "AVAILABLE", "2026-05-01T10:00:00Z")).put("/ocpi/emsp/2.2.1/locations/DE/TST/other-id")
                .then().statusCode(400).body("status_code", equalTo(2001)).body("status_message", containsString("id"));
        ocpi().body("{not json").put(locationUrl()).then().statusCode(400).body("status_code", equalTo(2001));
        ocpi().body("{\"status\": \"CHARGING\"}").patch(locationUrl() + "/" + lid + "-1")
                .then().statusCode(400).body("status_code", equalTo(2001))
                .body("status_message", containsString("last_updated"));
        ocpi().body("{\"status\": \"CHARGING\", \"last_updated\": \"2026-05-01T11:00:00Z\"}")
                .patch(locationUrl() + "/" + lid + "-1").then().statusCode(404).body("status_code", equalTo(2003));
        ocpi().body(location(lid, "AVAILABLE", "2026-05-01T10:00:00Z")).put(locationUrl()).then().statusCode(201);
        ocpi().body("{\"status\": \"SLEEPING\", \"last_updated\": \"2026-05-01T11:00:00Z\"}")
                .patch(locationUrl() + "/" + lid + "-1").then().statusCode(400).body("status_code", equalTo(2001));
        given().contentType("application/json").header("Authorization", "Token " + java.util.Base64.getEncoder()
                        .encodeToString("wrong".getBytes())).body(location(lid, "AVAILABLE", "2026-05-01T12:00:00Z"))
                .put(locationUrl()).then().statusCode(401);
        given().contentType("application/json").body("{}").put(locationUrl()).then().statusCode(401);
    }

    @Test
    void evseStatusChangePublishesAnEvent() throws Exception {
        ocpi().body(location(lid, "AVAILABLE", "2026-05-01T10:00:00Z")).put(locationUrl()).then().statusCode(201);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            ocpi().body("{\"status\": \"CHARGING\", \"last_updated\": \"2026-05-01T11:00:00Z\"}")
                    .patch(locationUrl() + "/" + lid + "-1").then().statusCode(200).body("status_code", equalTo(1000));
            // stale PATCH: acknowledged, no change, no event
            ocpi().body("{\"status\": \"OUTOFORDER\", \"last_updated\": \"2026-05-01T10:30:00Z\"}")
                    .patch(locationUrl() + "/" + lid + "-1").then().statusCode(200).body("status_code", equalTo(1000));

            JsonNode event = awaitEvent(consumer);
            assertEquals("station.evse.status-changed.v1", event.get("type").asText());
            assertEquals(lid, event.get("partitionkey").asText());
            JsonNode data = event.get("data");
            assertEquals(lid, data.get("station_id").asText());
            assertEquals(evseId(), data.get("evse_id").asText());
            assertEquals("CHARGING", data.get("status").asText());
            assertEquals("AVAILABLE", data.get("previous_status").asText());
            assertEquals("2026-05-01T11:00:00Z", data.get("changed_at").asText());
        }
        partner().get("/api/v1/stations/details/?type=evse_id&id=" + evseId()).then().statusCode(200)
                .body("evses[0].status", equalTo("CHARGING")).body("status", equalTo("busy"))
                .body("last_updated", equalTo("2026-05-01T11:00:00Z"));
        // a connector PUT below the EVSE
        ocpi().body("""
                {"id": "1", "standard": "IEC_62196_T2", "format": "SOCKET", "power_type": "AC_3_PHASE",
                 "max_voltage": 230, "max_amperage": 32, "tariff_ids": [], "last_updated": "2026-05-01T12:00:00Z"}""")
                .put(locationUrl() + "/" + lid + "-1/1").then().statusCode(200).body("status_code", equalTo(1000));
        partner().get("/api/v1/stations/details/?type=station_id&id=" + lid).then()
                .body("speed", equalTo("slow")).body("price_groups[0].type", equalTo("IEC_62196_T2"))
                .body("price_groups[0].power", equalTo(22.1f)).body("price_groups[0].is_fallback", equalTo(true));
    }

    @Test
    void statusPatchesNameWhatIsMissingAndKeepTheNewestState() {
        String evseUrl = locationUrl() + "/" + lid + "-1";
        ocpi().body(statusPatch("CHARGING", "2026-05-01T11:00:00Z")).patch(evseUrl).then().statusCode(404)
                .body("status_code", equalTo(2003)).body("status_message", containsString("location DE/TST/" + lid));
        ocpi().body(location(lid, "AVAILABLE", "2026-05-01T10:00:00Z")).put(locationUrl()).then().statusCode(201);
        ocpi().body(statusPatch("CHARGING", "2026-05-01T11:00:00Z")).patch(locationUrl() + "/" + lid + "-9")
                .then().statusCode(404).body("status_message", containsString("EVSE " + lid + "-9"));

        // same status, newer time: the station's last_updated follows
        ocpi().body(statusPatch("AVAILABLE", "2026-05-01T12:00:00Z")).patch(evseUrl).then().statusCode(200)
                .body("status_message", equalTo("Updated"));
        // the same time again with another status: applied (only an older last_updated is ignored)
        ocpi().body(statusPatch("BLOCKED", "2026-05-01T12:00:00Z")).patch(evseUrl).then().statusCode(200)
                .body("status_message", equalTo("Updated"));
        ocpi().body(statusPatch("AVAILABLE", "2026-05-01T11:59:59Z")).patch(evseUrl).then().statusCode(200)
                .body("status_message", containsString("Ignored"));
        partner().get("/api/v1/stations/details/?type=station_id&id=" + lid).then().statusCode(200)
                .body("evses[0].status", equalTo("BLOCKED"))
                .body("last_updated", equalTo("2026-05-01T12:00:00Z"));

        // a PATCH with more than the status takes the general path and keeps the status rules
        ocpi().body("{\"status\": \"AVAILABLE\", \"capabilities\": [\"RFID_READER\"], "
                + "\"last_updated\": \"2026-05-01T13:00:00Z\"}").patch(evseUrl).then().statusCode(200);
        partner().get("/api/v1/stations/details/?type=station_id&id=" + lid).then()
                .body("evses[0].status", equalTo("AVAILABLE"))
                .body("last_updated", equalTo("2026-05-01T13:00:00Z"));
    }

    private static String statusPatch(String status, String lastUpdated) {
        return "{\"status\": \"" + status + "\", \"last_updated\": \"" + lastUpdated + "\"}";
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:9092");
        p.put("group.id", "station-test-" + UUID.randomUUID());
        p.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private JsonNode awaitEvent(KafkaConsumer<String, String> consumer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode found = null;
        int matching = 0;
        while (System.nanoTime() < deadline && found == null) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                if (lid.equals(r.key())) {
                    matching++;
                    found = JSON.readTree(r.value());
                }
            }
        }
        assertNotNull(found, "no station.evse.status-changed.v1 for " + lid);
        // the stale PATCH must not have produced a second event
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
            if (lid.equals(r.key())) {
                matching++;
            }
        }
        assertEquals(1, matching, "exactly one status event");
        return found;
    }

    private static org.hamcrest.Matcher<Integer> anyOk() {
        return org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201));
    }
}
