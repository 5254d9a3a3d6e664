package io.connect.cpo;

import static io.connect.cpo.Ocpi.SEED_LOCATION;
import static io.connect.cpo.Ocpi.asEmsp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(EmspProfile.class)
class OcpiSenderTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final List<String> ALL_DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    @Test
    void followingLinkPagesCollectsEveryLocationOnce() {
        List<String> ids = new ArrayList<>();
        String url = "/ocpi/cpo/2.2.1/locations?limit=3";
        int pages = 0;
        int total = -1;
        while (url != null) {
            Response page = asEmsp().get(url).then().statusCode(200)
                    .body("status_code", equalTo(1000))
                    .header("X-Limit", "3")
                    .extract().response();
            total = Integer.parseInt(page.header("X-Total-Count"));
            List<String> pageIds = page.jsonPath().getList("data.id");
            assertTrue(pageIds.size() <= 3);
            ids.addAll(pageIds);
            url = next(page.header("Link"));
            pages++;
        }
        assertEquals(9, total);
        assertEquals(total, ids.size());
        assertEquals(total, new HashSet<>(ids).size(), "no location twice: " + ids);
        assertEquals(3, pages);
        assertTrue(ids.contains(SEED_LOCATION));
    }

    @Test
    void listsAreOldestFirstAndLinksKeepTheFilters() {
        Response first = asEmsp().queryParam("limit", 2).queryParam("date_from", "2026-01-01T00:00:00Z")
                .get("/ocpi/cpo/2.2.1/locations").then().statusCode(200).extract().response();
        String link = java.net.URLDecoder.decode(next(first.header("Link")), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(link.startsWith("http://"), "absolute: " + link);
        assertTrue(link.contains("date_from=2026-01-01T00:00:00Z") && link.contains("offset=2")
                && link.contains("limit=2"), link);
        List<String> stamps = asEmsp().get("/ocpi/cpo/2.2.1/tariffs").then().statusCode(200)
                .header("X-Total-Count", "7").extract().jsonPath().getList("data.last_updated");
        List<String> sorted = stamps.stream().sorted((a, b) -> Instant.parse(a).compareTo(Instant.parse(b))).toList();
        assertEquals(sorted, stamps);
        assertNull(asEmsp().get("/ocpi/cpo/2.2.1/tariffs").header("Link"), "one page only");
    }

    @Test
    void dateFromAndDateToFilterOnLastUpdated() {
        Instant from = Instant.parse("2026-04-01T00:00:00Z");
        Response page = asEmsp().queryParam("date_from", from.toString()).get("/ocpi/cpo/2.2.1/locations")
                .then().statusCode(200).extract().response();
        List<String> ids = page.jsonPath().getList("data.id");
        List<String> stamps = page.jsonPath().getList("data.last_updated");
        assertTrue(ids.contains(SEED_LOCATION));
        assertFalse(ids.contains("evb-worms-alzeyer"), "last updated in January");
        stamps.forEach(s -> assertFalse(Instant.parse(s).isBefore(from), s));
        assertEquals(ids.size(), Integer.parseInt(page.header("X-Total-Count")));

        asEmsp().queryParam("date_to", "2026-04-02T10:42:22Z").get("/ocpi/cpo/2.2.1/locations")
                .then().statusCode(200).body("data.id", not(hasItem(SEED_LOCATION)))
                .body("data.id", hasItem("evb-worms-alzeyer"));
    }

    @Test
    void badListParametersAre400() {
        asEmsp().queryParam("date_from", "yesterday").get("/ocpi/cpo/2.2.1/locations")
                .then().statusCode(400).body("status_code", equalTo(2001));
        asEmsp().queryParam("offset", -1).get("/ocpi/cpo/2.2.1/locations")
                .then().statusCode(400).body("status_code", equalTo(2001));
        asEmsp().queryParam("limit", 1000).get("/ocpi/cpo/2.2.1/locations")
                .then().statusCode(200).header("X-Limit", "100");
    }

    @Test
    void withoutTheRightTokenIs401() {
        given().get("/ocpi/cpo/2.2.1/locations").then().statusCode(401).body("status_code", equalTo(2000));
        given().header("Authorization", Ocpi.token("someone-else")).get("/ocpi/cpo/2.2.1/locations")
                .then().statusCode(401).body("status_code", equalTo(2000));
        given().header("Authorization", "Token local-cpo-token-c").get("/ocpi/cpo/versions")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + "local-cpo-token-c").get("/ocpi/cpo/2.2.1/tariffs")
                .then().statusCode(401);
    }

    @Test
    void versionsListTheModules() {
        asEmsp().get("/ocpi/cpo/versions").then().statusCode(200)
                .body("data[0].version", equalTo("2.2.1"))
                .body("data[0].url", org.hamcrest.Matchers.endsWith("/ocpi/cpo/2.2.1"));
        asEmsp().get("/ocpi/cpo/2.2.1").then().statusCode(200)
                .body("data.endpoints.identifier", contains("credentials", "credentials", "locations", "tariffs",
                        "sessions", "cdrs", "commands"))
                .body("data.endpoints.find { it.identifier == 'commands' }.role", equalTo("RECEIVER"))
                .body("data.endpoints.find { it.identifier == 'locations' }.url",
                        org.hamcrest.Matchers.endsWith("/ocpi/cpo/2.2.1/locations"));
    }

    @Test
    void theSeedStationIsServedExactly() {
        asEmsp().get("/ocpi/cpo/2.2.1/locations/" + SEED_LOCATION).then().statusCode(200)
                .body("status_code", equalTo(1000))
                .body("status_message", equalTo("Success"))
                .body("timestamp", not(nullValue()))
                .body("data.id", equalTo(SEED_LOCATION))
                .body("data.country_code", equalTo("DE"))
                .body("data.party_id", equalTo("CIQ"))
                .body("data.publish", equalTo(true))
                .body("data.name", equalTo("EVA Charge"))
                .body("data.address", equalTo("Ludwigstraße, 9"))
                .body("data.city", equalTo("Worms"))
                .body("data.postal_code", equalTo("67547"))
                .body("data.country", equalTo("DEU"))
                .body("data.coordinates.latitude", equalTo("49.630383"))
                .body("data.coordinates.longitude", equalTo("8.368902"))
                .body("data.time_zone", equalTo("Europe/Berlin"))
                .body("data.operator.name", equalTo("EVA Charge"))
                .body("data.operator.logo.url", equalTo("https://storage.googleapis.com/cariqa-cpo-logos/evacharge.png"))
                .body("data.facilities", empty())
                .body("data.opening_times.twentyfourseven", equalTo(true))
                .body("data.last_updated", equalTo("2026-04-02T10:42:22Z"))
                .body("data.evses.evse_id", contains("DE*CIQ*EELDF6XWZU41P*2", "DE*CIQ*EWBNHHLM82TLA*2",
                        "DE*CIQ*EELDF6XWZU41P*1", "DE*CIQ*EWBNHHLM82TLA*1"))
                .body("data.evses.uid", contains("EELDF6XWZU41P-2", "EWBNHHLM82TLA-2", "EELDF6XWZU41P-1",
                        "EWBNHHLM82TLA-1"))
                .body("data.evses.status", contains("AVAILABLE", "AVAILABLE", "AVAILABLE", "CHARGING"))
                .body("data.evses.capabilities", org.hamcrest.Matchers.everyItem(
                        contains("REMOTE_START_STOP_CAPABLE", "RFID_READER")))
                .body("data.evses.connectors", org.hamcrest.Matchers.everyItem(hasSize(1)))
                .body("data.evses.connectors.flatten().id", org.hamcrest.Matchers.everyItem(equalTo("1")))
                .body("data.evses.connectors.flatten().standard", org.hamcrest.Matchers.everyItem(equalTo("IEC_62196_T2")))
                .body("data.evses.connectors.flatten().format", org.hamcrest.Matchers.everyItem(equalTo("SOCKET")))
                .body("data.evses.connectors.flatten().power_type", org.hamcrest.Matchers.everyItem(equalTo("AC_3_PHASE")))
                .body("data.evses.connectors.flatten().max_voltage", org.hamcrest.Matchers.everyItem(equalTo(400)))
                .body("data.evses.connectors.flatten().max_amperage", org.hamcrest.Matchers.everyItem(equalTo(32)))
                .body("data.evses.connectors.flatten().max_electric_power", org.hamcrest.Matchers.everyItem(equalTo(22000)))
                .body("data.evses.connectors.flatten().tariff_ids", org.hamcrest.Matchers.everyItem(contains("EVA-T2-22")));

        asEmsp().get("/ocpi/cpo/2.2.1/locations/" + SEED_LOCATION + "/EELDF6XWZU41P-2").then().statusCode(200)
                .body("data.evse_id", equalTo("DE*CIQ*EELDF6XWZU41P*2"));
        asEmsp().get("/ocpi/cpo/2.2.1/locations/" + SEED_LOCATION + "/NOPE").then().statusCode(404)
                .body("status_code", equalTo(2003));
        asEmsp().get("/ocpi/cpo/2.2.1/locations/nowhere").then().statusCode(404);
    }

    @Test
    void theSeedTariffIsServedExactly() {
        Response tariffs = asEmsp().get("/ocpi/cpo/2.2.1/tariffs").then().statusCode(200).extract().response();
        String t = "data.find { it.id == 'EVA-T2-22' }";
        tariffs.then()
                .body(t + ".country_code", equalTo("DE"))
                .body(t + ".party_id", equalTo("CIQ"))
                .body(t + ".currency", equalTo("EUR"))
                .body(t + ".type", equalTo("REGULAR"))
                .body(t + ".start_date_time", equalTo("2025-12-17T00:00:00Z"))
                .body(t + ".last_updated", not(nullValue()))
                .body(t + ".elements", hasSize(3))
                .body(t + ".elements[0].price_components[0].type", equalTo("ENERGY"))
                .body(t + ".elements[0].price_components[0].price", equalTo(0.195f))
                .body(t + ".elements[0].price_components[0].vat", equalTo(19))
                .body(t + ".elements[0].price_components[0].step_size", equalTo(1))
                .body(t + ".elements[0].restrictions.start_time", equalTo("00:00"))
                .body(t + ".elements[0].restrictions.end_time", equalTo("01:00"))
                .body(t + ".elements[0].restrictions.day_of_week", equalTo(ALL_DAYS))
                .body(t + ".elements[1].price_components[0].type", equalTo("ENERGY"))
                .body(t + ".elements[1].price_components[0].price", equalTo(0.453f))
                .body(t + ".elements[1].restrictions.day_of_week", equalTo(ALL_DAYS))
                .body(t + ".elements[1].restrictions.start_time", nullValue())
                .body(t + ".elements[2].price_components[0].type", equalTo("PARKING_TIME"))
                .body(t + ".elements[2].price_components[0].price", equalTo(4.02f))
                .body(t + ".elements[2].price_components[0].step_size", equalTo(60))
                .body(t + ".elements[2].restrictions", nullValue());
    }

    @Test
    void theNetworkAroundIsVaried() {
        Response all = asEmsp().get("/ocpi/cpo/2.2.1/locations").then().statusCode(200).extract().response();
        Set<String> parties = new HashSet<>(all.jsonPath().getList("data.party_id"));
        assertEquals(Set.of("CIQ", "EVB", "IOY"), parties);
        List<String> standards = all.jsonPath().getList("data.evses.connectors.flatten().standard");
        assertTrue(standards.containsAll(List.of("IEC_62196_T2", "IEC_62196_T2_COMBO", "CHADEMO")));
        List<Integer> powers = all.jsonPath().getList("data.evses.connectors.flatten().max_electric_power");
        assertTrue(powers.containsAll(List.of(11000, 22000, 50000, 150000, 300000)));
        all.then().body("data.find { it.id == 'evb-worms-alzeyer' }.opening_times.regular_hours", hasSize(6))
                .body("data.find { it.id == 'evb-worms-rhein' }.evses[0].connectors[0].tariff_ids", empty());
    }

    private static String next(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        assertTrue(m.find(), link);
        return m.group(1);
    }
}
