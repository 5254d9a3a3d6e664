package io.connect.e2e;

import io.connect.testsupport.PartnerFixture;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.connect.e2e.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed page's user journey, step by step, through the gateway of the running stack: the same calls a
 * partner makes, with the seed's paths, fields, formats and status codes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserJourneyIT {

    static final String SEED_STATION = "b475f4c35249ae698157660941050322";
    static final String SEED_EVSE = "DE*CIQ*EELDF6XWZU41P*2";

    static PartnerFixture.Partner partner;
    static String userId;
    static String paymentMethodId;
    static String sessionId;

    @BeforeAll
    static void partner() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        partner = new PartnerFixture(Stack.GATEWAY, Stack.ADMIN_TOKEN).createPartner("e2e-journey");
    }

    @Test
    @Order(1)
    void registersAUser() {
        userId = as(partner.apiToken()).contentType(ContentType.JSON)
                .body(Map.of("email", "alice@example.com", "locale", "en"))
                .post("/api/v1/users/")
                .then().statusCode(201)
                .body("email", equalTo("alice@example.com"))
                .body("locale", equalTo("en"))
                .body("id", notNullValue())
                .extract().path("id");
    }

    @Test
    @Order(2)
    void savesACardThroughASetupIntentConfirmedLikeStripeJs() {
        JsonPath setup = as(partner.apiToken())
                .get("/api/v1/users/{id}/setup-intents/?pm_type=card", userId)
                .then().statusCode(200)
                .body("client_secret", matchesPattern("seti_.+_secret_.+"))
                .extract().jsonPath();
        String secret = setup.getString("client_secret");
        assertEquals(secret, setup.getString("setup_intent_client_secret"));

        // What Stripe.js does in the partner's frontend: confirm with the publishable key.
        String setupIntentId = secret.substring(0, secret.indexOf("_secret_"));
        RestAssured.given().baseUri(Stack.STRIPE)
                .header("Authorization", "Bearer pk_test_local")
                .contentType(ContentType.URLENC)
                .formParam("payment_method", "pm_card_visa")
                .formParam("client_secret", secret)
                .post("/v1/setup_intents/{id}/confirm", setupIntentId)
                .then().statusCode(200).body("status", equalTo("succeeded"));

        // The webhook reaches payment-service asynchronously.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", userId)
                        .then().extract().jsonPath().getInt("count") == 1);
        paymentMethodId = as(partner.apiToken()).get("/api/v1/users/{id}/payment-methods/", userId)
                .then().statusCode(200)
                .body("next", nullValue())
                .body("previous", nullValue())
                .body("results[0].default", equalTo(true))
                .body("results[0].type", equalTo("card"))
                .body("results[0].card.brand", equalTo("visa"))
                .body("results[0].card.last4", equalTo("4242"))
                .body("results[0].card.expiration_date", matchesPattern("\\d{2}/\\d{4}"))
                .body("results[0].created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"))
                .extract().path("results[0].id");
        assertTrue(paymentMethodId.startsWith("pm_"));
    }

    @Test
    @Order(3)
    void findsTheSeedStationAroundItsCoordinates() {
        // The station cache fills from the CPO simulator right after start-up.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                around().jsonPath().getInt("count") >= 1);
        Response around = around();
        around.then().statusCode(200)
                .body("count", equalTo(1))
                .body("results[0].id", equalTo(SEED_STATION))
                .body("results[0].name", equalTo("EVA Charge"))
                .body("results[0].speed", equalTo("slow"))
                .body("results[0].address", equalTo("Ludwigstraße, 9, 67547, Worms"))
                .body("results[0].coordinates.latitude", equalTo("49.630383"))
                .body("results[0].coordinates.longitude", equalTo("8.368902"))
                .body("results[0].opening_times.twentyfourseven", equalTo(true))
                .body("results[0].operator.name", equalTo("EVA Charge"))
                .body("results[0].operator.contact.phone", equalTo("+4971134214480"))
                .body("results[0].is_partner", equalTo(true))
                .body("results[0].evses.evse_id", hasItems(SEED_EVSE, "DE*CIQ*EWBNHHLM82TLA*2",
                        "DE*CIQ*EELDF6XWZU41P*1", "DE*CIQ*EWBNHHLM82TLA*1"))
                .body("results[0].price_groups[0].type", equalTo("IEC_62196_T2"))
                .body("results[0].price_groups[0].currency", equalTo("eur"))
                .body("results[0].price_groups[0].pre_authorization_amount", equalTo("30.00"))
                .body("results[0].price_groups[0].is_fallback", equalTo(false))
                .body("results[0].price_groups[0].prices.kwh_price.MONDAY[0].time_from", equalTo("00:00"))
                .body("results[0].price_groups[0].prices.kwh_price.MONDAY[0].time_to", equalTo("01:00"))
                .body("results[0].price_groups[0].prices.kwh_price.MONDAY[0].gross_price", equalTo("0.1950"))
                .body("results[0].price_groups[0].prices.kwh_price.MONDAY[0].user_facing_price", equalTo("0.23"))
                .body("results[0].price_groups[0].prices.kwh_price.MONDAY[0].tax", equalTo(19))
                .body("results[0].price_groups[0].prices.kwh_price.MONDAY[0].date_from", equalTo("2025-12-17"))
                .body("results[0].price_groups[0].prices.blocking_fee.ALL[0].gross_price", equalTo("4.02"))
                .body("results[0].price_groups[0].prices.blocking_fee.ALL[0].user_facing_price", equalTo("0.08"))
                .body("results[0].price_groups[0].prices.blocking_fee.ALL[0].grace_period_minutes", equalTo(0));
        assertEquals(22.0, ((Number) around.jsonPath().get("results[0].price_groups[0].power")).doubleValue());
        List<String> groupEvses = around.jsonPath().getList("results[0].price_groups[0].evse_ids");
        assertEquals(4, groupEvses.size());
    }

    private static Response around() {
        return as(partner.apiToken())
                .get("/api/v1/stations/around/?latitude=49.630383&longitude=8.368902&distance=10");
    }

    @Test
    @Order(4)
    void startsCharging() {
        sessionId = as(partner.apiToken()).contentType(ContentType.JSON)
                .body(Map.of("evse_id", SEED_EVSE, "payment_method_id", paymentMethodId))
                .post("/api/v1/users/{id}/charging/start/", userId)
                .then().statusCode(201)
                .body("id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .body("start_time", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z"))
                .body("end_time", nullValue())
                .body("is_active", equalTo(true))
                .body("consumed_energy", matchesPattern("\\d+\\.\\d{3}"))
                .body("evse_id", equalTo(SEED_EVSE))
                .body("station_info.station_name", equalTo("EVA Charge"))
                .body("station_info.station_address", equalTo("Ludwigstraße, 9, 67547, Worms"))
                .body("station_info.country", equalTo("DE"))
                .body("station_info.station_speed", equalTo("slow"))
                .body("station_info.connector_standard", equalTo("IEC_62196_T2"))
                .body("station_info.connector_power", org.hamcrest.Matchers.anyOf(equalTo(22), equalTo(22.0f)))
                .body("station_info.support_phone", equalTo("+4971134214480"))
                .body("station_info.latitude", equalTo("49.630383"))
                .body("station_info.longitude", equalTo("8.368902"))
                .body("is_partner", equalTo(true))
                .body("user_facing_session_prices.currency", equalTo("eur"))
                .body("user_facing_session_prices.kwh_price", matchesPattern("\\d+\\.\\d{2}"))
                .body("session_cost", nullValue())
                .body("rates", nullValue())
                .extract().path("id");
    }

    @Test
    @Order(5)
    void watchesEnergyAndDurationGrow() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath s = session().jsonPath();
            return new BigDecimal(s.getString("consumed_energy")).signum() > 0 && s.getInt("duration") > 0;
        });
        BigDecimal first = new BigDecimal(session().jsonPath().getString("consumed_energy"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                new BigDecimal(session().jsonPath().getString("consumed_energy")).compareTo(first) > 0);
        session().then().statusCode(200).body("is_active", equalTo(true));
    }

    @Test
    @Order(6)
    void stopsChargingAndGetsTheBill() {
        as(partner.apiToken()).post("/api/v1/users/{id}/charging/stop/{sid}/", userId, sessionId)
                .then().statusCode(204);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath s = session().jsonPath();
            return !s.getBoolean("is_active") && s.get("session_cost") != null;
        });
        JsonPath s = session().then().statusCode(200)
                .body("end_time", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z"))
                .body("session_cost.currency", equalTo("eur"))
                .body("session_cost.time_cost", equalTo("0.00"))
                .body("session_cost.session_fee_cost", equalTo("0.00"))
                .body("session_cost.starting_fee_cost", equalTo("0.00"))
                .body("session_cost.invoice_credits", equalTo("0.00"))
                .body("session_cost.invoice_discount", equalTo("0.00"))
                .body("session_cost.invoice_view", notNullValue())
                .body("session_cost.invoice_download", notNullValue())
                .extract().jsonPath();

        BigDecimal energy = new BigDecimal(s.getString("consumed_energy"));
        BigDecimal kwhCost = new BigDecimal(s.getString("session_cost.kwh_cost"));
        BigDecimal summary = new BigDecimal(s.getString("session_cost.invoice_summary"));
        BigDecimal vat = new BigDecimal(s.getString("session_cost.invoice_vat"));
        assertTrue(energy.signum() > 0, "energy was delivered");
        assertTrue(kwhCost.signum() > 0, "energy is billed");
        BigDecimal lines = kwhCost.add(new BigDecimal(s.getString("session_cost.blocking_fee_cost")));
        assertEquals(0, summary.compareTo(lines), "summary is the sum of the lines");
        BigDecimal expectedVat = summary.subtract(summary.divide(new BigDecimal("1.19"), 10, RoundingMode.HALF_UP))
                .setScale(2, RoundingMode.HALF_UP);
        assertEquals(expectedVat, vat, "VAT derived from the 19 % tax rate");

        RestAssured.given().get(s.getString("session_cost.invoice_view"))
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"));
        byte[] pdf = RestAssured.given().get(s.getString("session_cost.invoice_download"))
                .then().statusCode(200).extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    @Order(7)
    void anotherPartnerCannotSeeOrTouchTheseUsers() {
        PartnerFixture.Partner other = new PartnerFixture(Stack.GATEWAY, Stack.ADMIN_TOKEN).createPartner("e2e-other");
        String[] paths = {
                "/api/v1/users/" + userId + "/",
                "/api/v1/users/" + userId + "/setup-intents/?pm_type=card",
                "/api/v1/users/" + userId + "/payment-methods/",
                "/api/v1/users/" + userId + "/charging-sessions/",
                "/api/v1/users/" + userId + "/charging-sessions/" + sessionId + "/",
                "/api/v1/users/" + userId + "/invoices/",
                "/api/v1/users/" + userId + "/charging/debts/",
        };
        for (String path : paths) {
            as(other.apiToken()).get(path).then().statusCode(404).body("detail", notNullValue());
            Stack.anonymous().get(path).then().statusCode(403).body("detail", notNullValue());
            as("not-a-token").get(path).then().statusCode(403).body("detail", notNullValue());
        }
        as(other.apiToken()).contentType(ContentType.JSON)
                .body(Map.of("evse_id", SEED_EVSE, "payment_method_id", paymentMethodId))
                .post("/api/v1/users/{id}/charging/start/", userId).then().statusCode(404);
        as(other.apiToken()).post("/api/v1/users/{id}/charging/stop/{sid}/", userId, sessionId)
                .then().statusCode(404);
        as(other.apiToken()).delete("/api/v1/users/{id}/", userId).then().statusCode(404);
        // The owner still sees everything.
        as(partner.apiToken()).get("/api/v1/users/{id}/", userId).then().statusCode(200)
                .body("id", equalTo(userId));
    }

    private static Response session() {
        return as(partner.apiToken()).get("/api/v1/users/{id}/charging-sessions/{sid}/", userId, sessionId);
    }
}
