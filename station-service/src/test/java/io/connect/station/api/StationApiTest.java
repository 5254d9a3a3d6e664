package io.connect.station.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.connect.station.api.TestSupport.INTERNAL;
import static io.connect.station.api.TestSupport.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The station endpoints over the simulator's network, pulled at start-up into the real database. */
@QuarkusTest
@QuarkusTestResource(StationTestResources.class)
class StationApiTest {

    private static final String SEED = "b475f4c35249ae698157660941050322";
    private static final String WORMS = "latitude=49.630383&longitude=8.368902";

    @BeforeEach
    void pulled() {
        TestSupport.awaitFirstSync();
        TestSupport.freshPartner();
    }

    @Test
    void startUpPullFetchedEveryPageOfTheSimulator() {
        JsonPath status = TestSupport.awaitFirstSync();
        Map<String, Object> sim = status.getMap("find { it.cpo == 'sim' }");
        assertEquals(9, sim.get("locations"), "all simulator locations");
        assertEquals(7, sim.get("tariffs"));
        assertTrue((Integer) sim.get("pages") >= 5, "page size 3: several pages per list, got " + sim.get("pages"));

        partner().get("/api/v1/stations/around/?" + WORMS + "&distance=20000&page_size=100").then().statusCode(200)
                .body("count", equalTo(9))
                .body("results.evses.flatten().size()", equalTo(22));
    }

    @Test
    void aroundTheSeedCoordinatesReturnsExactlyTheSeedStation() {
        JsonPath body = partner().get("/api/v1/stations/around/?" + WORMS + "&distance=10").then().statusCode(200)
                .body("count", equalTo(1)).body("next", nullValue()).body("previous", nullValue())
                .extract().jsonPath();
        JsonPath s = new JsonPath(body.prettify()).setRootPath("results[0]");
        assertEquals(SEED, s.getString("id"));
        assertEquals("EVA Charge", s.getString("name"));
        assertEquals("slow", s.getString("speed"));
        assertEquals("Ludwigstraße, 9, 67547, Worms", s.getString("address"));
        assertEquals("free", s.getString("status"));
        assertEquals(Map.of("latitude", "49.630383", "longitude", "8.368902"), s.getMap("coordinates"));
        assertEquals(Map.of("twentyfourseven", true, "regular_hours", List.of()), s.getMap("opening_times"));
        assertEquals(Map.of("name", "EVA Charge", "contact", Map.of("phone", "+4971134214480")), s.getMap("operator"));
        assertEquals(List.of(Map.of("evse_id", "DE*CIQ*EELDF6XWZU41P*2", "status", "AVAILABLE"),
                Map.of("evse_id", "DE*CIQ*EWBNHHLM82TLA*2", "status", "AVAILABLE"),
                Map.of("evse_id", "DE*CIQ*EELDF6XWZU41P*1", "status", "AVAILABLE"),
                Map.of("evse_id", "DE*CIQ*EWBNHHLM82TLA*1", "status", "CHARGING")), s.getList("evses"));
        assertEquals("2026-04-02T10:42:22Z", s.getString("last_updated"));
        assertEquals(List.of(), s.getList("amenities"));
        assertEquals(true, s.getBoolean("is_partner"));
        assertEquals("https://storage.googleapis.com/cariqa-cpo-logos/evacharge.png", s.getString("logo_url"));

        assertEquals(1, s.getList("price_groups").size());
        JsonPath g = new JsonPath(body.prettify()).setRootPath("results[0].price_groups[0]");
        assertEquals("IEC_62196_T2", g.getString("type"));
        assertEquals(22, g.getInt("power"));
        assertEquals(List.of("DE*CIQ*EELDF6XWZU41P*2", "DE*CIQ*EWBNHHLM82TLA*2", "DE*CIQ*EELDF6XWZU41P*1",
                "DE*CIQ*EWBNHHLM82TLA*1"), g.getList("evse_ids"));
        assertEquals("eur", g.getString("currency"));
        assertEquals("30.00", g.getString("pre_authorization_amount"));
        assertEquals(false, g.getBoolean("is_fallback"));
        assertTrue(g.getString("local_datetime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+0[12]:00"),
                g.getString("local_datetime"));
        Map<String, Object> monday = g.getMap("prices.kwh_price.MONDAY[0]");
        Map<String, Object> expected = new java.util.HashMap<>();
        expected.put("time_from", "00:00");
        expected.put("time_to", "01:00");
        expected.put("date_from", "2025-12-17");
        expected.put("date_to", null);
        expected.put("gross_price", "0.1950");
        expected.put("user_facing_price", "0.23");
        expected.put("grace_period_minutes", null);
        expected.put("tax", 19);
        expected.put("blocking_cap", null);
        assertEquals(expected, monday);
        Map<String, Object> blocking = g.getMap("prices.blocking_fee.ALL[0]");
        expected.put("time_from", null);
        expected.put("time_to", null);
        expected.put("gross_price", "4.02");
        expected.put("user_facing_price", "0.08");
        expected.put("grace_period_minutes", 0);
        assertEquals(expected, blocking);
        assertNull(g.get("prices.time_price"));
        assertNull(g.get("prices.session_fee"));
        assertNull(g.get("prices.starting_fee"));
        assertTrue(g.getMap("prices").containsKey("starting_fee"), "null fields are written, not left out");
    }

    @Test
    void filters() {
        String around = "/api/v1/stations/around/?" + WORMS + "&distance=20000&page_size=100";
        partner().get(around + "&connector_types[]=CHADEMO").then().statusCode(200)
                .body("results.id", containsInAnyOrder("evb-worms-dom", "ioy-worms-sued"));
        // the only T2 EVSE at ioy-worms-sued is out of order
        partner().get(around + "&connector_types[]=IEC_62196_T2").then().body("count", equalTo(8));
        partner().get(around + "&connector_types[]=IEC_62196_T2&only_available=true").then().body("count", equalTo(7))
                .body("results.id", not(hasItems("ioy-worms-sued")));
        partner().get(around + "&operators[]=Ioy Fastcharge").then()
                .body("results.id", containsInAnyOrder("ioy-worms-a61", "ioy-buerstadt", "ioy-worms-sued"));
        partner().get(around + "&power_groups[]=turbo").then().body("results.id", contains("ioy-worms-a61"))
                .body("results[0].speed", equalTo("turbo"));
        partner().get(around + "&power_groups[]=fast").then()
                .body("results.id", containsInAnyOrder("evb-worms-dom", "ioy-worms-sued"));
        partner().get(around + "&power_groups[]=fast&power_groups[]=turbo").then().body("count", equalTo(3));
        partner().get(around + "&only_partners=true").then().body("count", equalTo(9));
        // 0.42 + 19 % = 0.50 per kWh; a time-only tariff has no kWh price and is kept
        partner().get(around + "&max_price=0.50").then().statusCode(200)
                .body("results.id", hasItems("evb-worms-alzeyer", "evb-herrnsheim", "ioy-buerstadt"))
                .body("results.id", not(hasItems("ioy-worms-a61", "evb-worms-rhein", "ioy-worms-sued")));
        // no tariff on the connector: Cariqa's fallback price
        partner().get("/api/v1/stations/details/?type=station_id&id=evb-worms-rhein").then().statusCode(200)
                .body("price_groups[0].is_fallback", equalTo(true))
                .body("price_groups[0].prices.kwh_price.ALL[0].gross_price", equalTo("0.5900"));
        partner().get("/api/v1/stations/details/?type=station_id&id=evb-worms-hbf").then()
                .body("amenities", contains("TRAIN_STATION"))
                .body("price_groups[0].prices.kwh_price.ALL.time_from", contains("00:00", "06:00", "22:00"))
                .body("price_groups[0].prices.session_fee.ALL[0].user_facing_price", equalTo("0.60"));
    }

    @Test
    void paginationWithAbsoluteLinks() {
        String first = "/api/v1/stations/around/?" + WORMS + "&distance=20000&page_size=4";
        JsonPath p1 = partner().get(first).then().statusCode(200).body("count", equalTo(9))
                .body("results.size()", equalTo(4)).body("results[0].id", equalTo(SEED))
                .body("previous", nullValue()).body("next", containsString("page=2"))
                .body("next", anyOf(containsString("http://"), containsString("https://"))).extract().jsonPath();
        String next = p1.getString("next");
        JsonPath p2 = partner().get(next).then().statusCode(200).body("results.size()", equalTo(4))
                .body("previous", not(containsString("page="))).extract().jsonPath();
        partner().get(p2.getString("next")).then().statusCode(200).body("results.size()", equalTo(1))
                .body("next", nullValue()).body("previous", containsString("page=2"));
        partner().get(first + "&page=4").then().statusCode(404).body("detail", equalTo("Invalid page."));
        // page_size above the cap (100) is lowered to it, like DRF's max_page_size
        partner().get("/api/v1/stations/around/?" + WORMS + "&distance=20000&page_size=101").then().statusCode(200)
                .body("count", equalTo(9)).body("results.size()", equalTo(9)).body("next", nullValue());
        // empty first page is a page, not an error
        partner().get("/api/v1/stations/around/?latitude=0&longitude=0&distance=10").then().statusCode(200)
                .body("count", equalTo(0)).body("results.size()", equalTo(0));
    }

    @Test
    void detailsByStationIdAndByEvseId() {
        partner().get("/api/v1/stations/details/?type=station_id&id=" + SEED).then().statusCode(200)
                .body("id", equalTo(SEED)).body("evses.size()", equalTo(4));
        partner().queryParam("type", "evse_id").queryParam("id", "DE*CIQ*EWBNHHLM82TLA*1")
                .get("/api/v1/stations/details/").then().statusCode(200).body("id", equalTo(SEED));
        partner().get("/api/v1/stations/details/?type=station_id&id=nope").then().statusCode(404)
                .body("detail", equalTo("Station was not found."));
        partner().get("/api/v1/stations/details/?type=location&id=" + SEED).then().statusCode(400)
                .body("error.type", equalTo("validation_error")).body("error.details", containsString("type:"));
        partner().get("/api/v1/stations/details/?type=station_id").then().statusCode(400)
                .body("error.details", equalTo("id: This field is required."));
    }

    @Test
    void partners() {
        partner().get("/api/v1/stations/partners/").then().statusCode(200)
                .body("name", containsInAnyOrder("EVA Charge", "Rheinhessen Strom", "Ioy Fastcharge"))
                .body("find { it.name == 'EVA Charge' }.logo_url",
                        equalTo("https://storage.googleapis.com/cariqa-cpo-logos/evacharge.png"));
    }

    @Test
    void everyParameterIsValidated() {
        String base = "/api/v1/stations/around/";
        expect400(base + "?longitude=8.3", "latitude: This field is required.");
        expect400(base + "?latitude=91&longitude=8.3", "latitude: Ensure this value is between -90 and 90.");
        expect400(base + "?latitude=north&longitude=8.3", "latitude: A valid number is required.");
        expect400(base + "?latitude=49&longitude=181", "longitude: Ensure this value is between -180 and 180.");
        expect400(base + "?" + WORMS + "&distance=0", "distance: Ensure this value is greater than or equal to 1.");
        expect400(base + "?" + WORMS + "&distance=50001", "distance: Ensure this value is less than or equal to 50000.");
        expect400(base + "?" + WORMS + "&distance=ten", "distance: A valid integer is required.");
        expect400(base + "?" + WORMS + "&connector_types[]=SCHUKO", "connector_types: \"SCHUKO\" is not a valid choice.");
        expect400(base + "?" + WORMS + "&power_groups[]=warp", "power_groups: \"warp\" is not a valid choice (slow, fast, turbo).");
        expect400(base + "?" + WORMS + "&only_available=maybe", "only_available: Must be a valid boolean.");
        expect400(base + "?" + WORMS + "&max_price=cheap", "max_price: A valid number is required.");
        expect400(base + "?" + WORMS + "&page_size=0", "page_size: must be a positive integer");
        expect400(base + "?" + WORMS + "&page=0", "page: must be a positive integer");
        expect400(base + "?" + WORMS + "&page=two", "page: must be a positive integer");
    }

    /** Bad-input sweep: U+0000 in a parameter reached PostgreSQL and came back as a 500. */
    @Test
    void nulCharacterInAParameterIsA400() {
        partner().queryParam("id", "a\u0000b").queryParam("type", "evse_id").get("/api/v1/stations/details/")
                .then().statusCode(400).body("error.type", equalTo("validation_error"))
                .body("error.details", equalTo("id: must not contain the NUL character (U+0000)"));
    }

    private static void expect400(String url, String details) {
        partner().get(url).then().statusCode(400).body("detail", equalTo("Invalid input."))
                .body("error.type", equalTo("validation_error")).body("error.details", equalTo(details));
    }

    @Test
    void withoutPartnerTokenForbidden() {
        given().get("/api/v1/stations/around/?" + WORMS).then().statusCode(403).body("detail", not(nullValue()));
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/stations/partners/").then().statusCode(403);
    }

    @Test
    void internalEvseSnapshot() {
        given().header("Authorization", INTERNAL).urlEncodingEnabled(false)
                .get("/internal/v1/evses/DE%2ACIQ%2AEELDF6XWZU41P%2A2").then().statusCode(200)
                .body("evse_id", equalTo("DE*CIQ*EELDF6XWZU41P*2"))
                .body("evse_uid", equalTo("EELDF6XWZU41P-2"))
                .body("connector_id", equalTo("1"))
                .body("status", equalTo("AVAILABLE"))
                .body("location_id", equalTo(SEED))
                .body("country_code", equalTo("DE")).body("party_id", equalTo("CIQ"))
                .body("station_info.station_name", equalTo("EVA Charge"))
                .body("station_info.station_address", equalTo("Ludwigstraße, 9, 67547, Worms"))
                .body("station_info.country", equalTo("DE"))
                .body("station_info.station_speed", equalTo("slow"))
                .body("station_info.connector_standard", equalTo("IEC_62196_T2"))
                .body("station_info.connector_power", equalTo(22))
                .body("station_info.support_phone", equalTo("+4971134214480"))
                .body("station_info.latitude", equalTo("49.630383"))
                .body("station_info.longitude", equalTo("8.368902"))
                .body("is_partner", equalTo(true))
                .body("tariff_snapshot.currency", equalTo("eur"))
                .body("tariff_snapshot.tax_percent", equalTo("19"))
                .body("tariff_snapshot.is_partner", equalTo(true))
                .body("tariff_snapshot.pre_authorization_amount", equalTo("30.00"))
                .body("tariff_snapshot.gross.energy_per_kwh", anyOf(equalTo("0.4530"), equalTo("0.1950")))
                .body("tariff_snapshot.gross.parking_per_hour", equalTo("4.02"))
                .body("tariff_snapshot.gross.time_per_hour", nullValue())
                .body("tariff_snapshot.gross.starting_fee", nullValue())
                .body("tariff_snapshot.gross.grace_period_minutes", equalTo(0))
                .body("tariff_snapshot.user_facing_session_prices.kwh_price", anyOf(equalTo("0.54"), equalTo("0.23")))
                .body("tariff_snapshot.user_facing_session_prices.blocking_fee", equalTo("0.08"))
                .body("tariff_snapshot.user_facing_session_prices.currency", equalTo("eur"))
                .body("tariff_snapshot.tariff.id", equalTo("EVA-T2-22"))
                .body("tariff_snapshot.tariff.elements.size()", equalTo(3))
                .body("tariff_snapshot.tariff.start_date_time", endsWith("Z"));
        given().header("Authorization", INTERNAL).urlEncodingEnabled(false)
                .get("/internal/v1/evses/DE%2ACIQ%2ANOPE%2A1").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/internal/v1/evses/DE%2ACIQ%2AEELDF6XWZU41P%2A2").then().statusCode(403);
    }
}
