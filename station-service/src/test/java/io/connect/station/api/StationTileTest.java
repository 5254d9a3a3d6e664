package io.connect.station.api;

import io.connect.station.domain.Tile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.connect.station.api.TestSupport.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /stations/tile/ over the simulator's network around Worms (same boot as StationApiTest). */
@QuarkusTest
@QuarkusTestResource(StationTestResources.class)
class StationTileTest {

    private static final String SEED = "b475f4c35249ae698157660941050322";
    private static final double LAT = 49.630383;
    private static final double LON = 8.368902;
    private static final String TILE = "/api/v1/stations/tile/";

    @BeforeEach
    void pulled() {
        TestSupport.awaitFirstSync();
        TestSupport.freshPartner();
    }

    @Test
    void highZoomTileHasTheSeedStationAsASingleFeature() {
        Tile t = Tile.containing(LAT, LON, 16);
        JsonPath body = partner().get(TILE + "?z=16&x[]=" + t.x() + "&y[]=" + t.y()).then().statusCode(200)
                .body("type", equalTo("FeatureCollection")).extract().jsonPath();
        List<Map<String, Object>> features = body.getList("features");
        assertEquals(1, features.size(), body.prettify());
        Map<String, Object> f = features.get(0);
        assertEquals("Feature", f.get("type"));
        assertEquals(SEED, f.get("station_id"));
        assertFalse(f.containsKey("cluster_id"));
        assertEquals(Map.of("type", "Point", "coordinates", List.of("8.368902", "49.630383")), f.get("geometry"));
        Map<String, Object> props = body.getMap("features[0].properties");
        assertEquals(1, props.get("count"));
        assertTrue(props.containsKey("expansion_zoom"));
        assertNull(props.get("expansion_zoom"));
        assertEquals("slow", props.get("speed"));
        assertEquals("free", props.get("status"));
        assertEquals("DE*CIQ", props.get("operator_id"));
        assertEquals(Map.of("is_partner", true), f.get("custom_properties"));
        Map<String, Object> price = body.getMap("features[0].price_properties");
        assertEquals("charging_price", price.get("type"));
        assertEquals("eur", price.get("currency"));
        // EVA-T2-22 charges 0.1950 or 0.4530 per kWh excl. VAT depending on the hour
        assertTrue(List.of("0.23", "0.54").contains(price.get("price")), price.toString());
    }

    @Test
    void lowZoomClustersAddUpToTheStationsOfTheTile() {
        Tile t = Tile.containing(LAT, LON, 8);
        int expected = stationsIn(t, "");
        assertTrue(expected >= 8, "the Worms network is in one z=8 tile, got " + expected);
        JsonPath body = partner().get(TILE + "?z=8&x[]=" + t.x() + "&y[]=" + t.y()).then().statusCode(200)
                .body("type", equalTo("FeatureCollection")).extract().jsonPath();
        assertEquals(expected, countSum(body), body.prettify());
        List<Map<String, Object>> clusters = body.getList("features.findAll { it.cluster_id != null }");
        assertFalse(clusters.isEmpty(), "stations a few km apart share a 20 km cell at z=8");
        for (int i = 0; i < clusters.size(); i++) {
            JsonPath c = new JsonPath(body.prettify()).setRootPath("features.findAll { it.cluster_id != null }[" + i + "]");
            assertTrue(c.getInt("properties.count") >= 2);
            int expansion = c.getInt("properties.expansion_zoom");
            assertTrue(expansion >= 9 && expansion <= 14, "expansion_zoom " + expansion);
            assertFalse(c.getMap("").containsKey("station_id"));
            assertEquals("Point", c.getString("geometry.type"));
            double lon = Double.parseDouble(c.getString("geometry.coordinates[0]"));
            double lat = Double.parseDouble(c.getString("geometry.coordinates[1]"));
            assertEquals(t, Tile.containing(lat, lon, 8), "the centroid lies in the tile");
            assertTrue(c.getString("cluster_id").startsWith("8/" + t.x() + "/" + t.y() + "/"));
        }
        // the neighbouring tile to the west has none of them
        partner().get(TILE + "?z=8&x[]=" + (t.x() - 1) + "&y[]=" + t.y()).then().statusCode(200)
                .body("features.size()", equalTo(0));
    }

    @Test
    void filtersReduceCountsLikeAround() {
        Tile t = Tile.containing(LAT, LON, 8);
        String base = TILE + "?z=8&x[]=" + t.x() + "&y[]=" + t.y();
        int all = countSum(partner().get(base).then().statusCode(200).extract().jsonPath());
        for (String filter : List.of("&power_groups[]=turbo", "&connector_types[]=CHADEMO",
                "&connector_types[]=IEC_62196_T2&only_available=true", "&operators[]=Ioy Fastcharge",
                "&max_price=0.50", "&power_groups[]=fast&power_groups[]=turbo")) {
            int expected = stationsIn(t, filter);
            int got = countSum(partner().get(base + filter).then().statusCode(200).extract().jsonPath());
            assertEquals(expected, got, filter);
            assertTrue(got < all, filter + " should leave out stations: " + got + " of " + all);
        }
        JsonPath turbo = partner().get(base + "&power_groups[]=turbo").then().extract().jsonPath();
        assertEquals(List.of("ioy-worms-a61"), turbo.getList("features.station_id"));
        assertEquals("turbo", turbo.getString("features[0].properties.speed"));
        partner().get(base + "&only_partners=true").then().statusCode(200);
        assertEquals(all, countSum(partner().get(base + "&only_partners=true").then().extract().jsonPath()));
    }

    @Test
    void severalTilesArePairsAndRepeatedPairsCountOnce() {
        Tile seed = Tile.containing(LAT, LON, 16);
        JsonPath body = partner().get(TILE + "?z=16&x[]=" + seed.x() + "&y[]=" + seed.y() + "&x[]=0&y[]=0"
                + "&x[]=" + seed.x() + "&y[]=" + seed.y()).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(SEED), body.getList("features.station_id"));

        // Bürstadt lies in the z=8 tile east of Worms' tile
        Tile worms = Tile.containing(LAT, LON, 8);
        Tile east = new Tile(8, worms.x() + 1, worms.y());
        int inWorms = stationsIn(worms, "");
        int inEast = stationsIn(east, "");
        assertTrue(inEast >= 1, "ioy-buerstadt is east of the tile edge");
        assertEquals(inWorms + inEast, countSum(partner().get(TILE + "?z=8&x[]=" + worms.x() + "&y[]=" + worms.y()
                + "&x[]=" + east.x() + "&y[]=" + east.y()).then().statusCode(200).extract().jsonPath()));
        // pairs, not a cross product: (worms.x, worms.y) and (east.x, 0); a cross product would add (east.x, worms.y)
        assertEquals(inWorms, countSum(partner().get(TILE + "?z=8&x[]=" + worms.x() + "&x[]=" + east.x()
                + "&y[]=" + worms.y() + "&y[]=0").then().statusCode(200).extract().jsonPath()));
    }

    @Test
    void everyParameterIsValidated() {
        expect400(TILE + "?x[]=1&y[]=1", "z: This field is required.");
        expect400(TILE + "?z=abc&x[]=1&y[]=1", "z: A valid integer is required.");
        expect400(TILE + "?z=23&x[]=1&y[]=1", "z: Ensure this value is less than or equal to 22.");
        expect400(TILE + "?z=-1&x[]=0&y[]=0", "z: Ensure this value is greater than or equal to 0.");
        expect400(TILE + "?z=3&y[]=1", "x: This field is required.");
        expect400(TILE + "?z=3&x[]=1", "y: This field is required.");
        expect400(TILE + "?z=3&x[]=8&y[]=1", "x: Ensure this value is less than or equal to 7 (the last tile at zoom 3).");
        expect400(TILE + "?z=3&x[]=1&y[]=-1", "y: Ensure this value is greater than or equal to 0.");
        expect400(TILE + "?z=3&x[]=1.5&y[]=1", "x: A valid integer is required.");
        expect400(TILE + "?z=3&x[]=1&x[]=2&y[]=1",
                "y: Expected as many values as x (2), got 1: x[] and y[] are read in pairs.");
        StringBuilder many = new StringBuilder(TILE + "?z=5");
        for (int i = 0; i < 17; i++) {
            many.append("&x[]=").append(i).append("&y[]=").append(i);
        }
        expect400(many.toString(), "x: Ensure this field has no more than 16 elements.");
        String ok = TILE + "?z=3&x[]=4&y[]=2";
        expect400(ok + "&connector_types[]=SCHUKO", "connector_types: \"SCHUKO\" is not a valid choice.");
        expect400(ok + "&power_groups[]=warp", "power_groups: \"warp\" is not a valid choice (slow, fast, turbo).");
        expect400(ok + "&only_available=maybe", "only_available: Must be a valid boolean.");
        expect400(ok + "&only_partners=2", "only_partners: Must be a valid boolean.");
        expect400(ok + "&max_price=-1", "max_price: Ensure this value is greater than or equal to 0.");
        partner().get(ok).then().statusCode(200).body("features", not(nullValue()));
    }

    @Test
    void withoutPartnerTokenForbidden() {
        given().get(TILE + "?z=8&x[]=133&y[]=87").then().statusCode(403).body("detail", not(nullValue()));
        given().header("Authorization", "Bearer not-a-token").get(TILE + "?z=8&x[]=133&y[]=87").then().statusCode(403);
    }

    private static void expect400(String url, String details) {
        partner().get(url).then().statusCode(400).body("detail", equalTo("Invalid input."))
                .body("error.type", equalTo("validation_error")).body("error.details", equalTo(details));
    }

    /** Stations /around/ finds (same filter) whose coordinates lie in the tile: an independent expectation. */
    private static int stationsIn(Tile t, String filter) {
        JsonPath around = partner().get("/api/v1/stations/around/?latitude=" + LAT + "&longitude=" + LON
                + "&distance=50000&page_size=100" + filter).then().statusCode(200).extract().jsonPath();
        List<Map<String, String>> coordinates = around.getList("results.coordinates");
        return (int) coordinates.stream().filter(c -> t.equals(Tile.containing(Double.parseDouble(c.get("latitude")),
                Double.parseDouble(c.get("longitude")), t.z()))).count();
    }

    private static int countSum(JsonPath body) {
        List<Integer> counts = body.getList("features.properties.count", Integer.class);
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
