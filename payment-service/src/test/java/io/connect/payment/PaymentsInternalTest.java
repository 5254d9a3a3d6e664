package io.connect.payment;

import io.connect.testsupport.Scrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The internal API charging-service and billing-service use: holds, releases, final charges. */
@QuarkusTest
@QuarkusTestResource(SiblingsResource.class)
class PaymentsInternalTest {

    @Test
    void holdSucceedsAndARepeatReturnsTheSameIntent() {
        Stack.User user = Stack.newUser("hold");
        String pm = Stack.addCard(user, "pm_card_visa");
        String session = UUID.randomUUID().toString();
        String intent = preAuthorize(session, user, pm, "30.00").statusCode(201)
                .body("status", equalTo("requires_capture"))
                .body("amount", equalTo("30.00"))
                .body("currency", equalTo("eur"))
                .body("session_id", equalTo(session))
                .extract().path("payment_intent_id");
        assertTrue(intent.startsWith("pi_"), intent);
        preAuthorize(session, user, pm, "30.00").statusCode(201).body("payment_intent_id", equalTo(intent));
    }

    @Test
    void aDeclinedCardFailsThePreAuthorisation() {
        Stack.User user = Stack.newUser("decline");
        String pm = Stack.addCard(user, "pm_card_chargeDeclined");
        preAuthorize(UUID.randomUUID().toString(), user, pm, "30.00").statusCode(402)
                .body("error.type", equalTo("pre_authorization_failed"))
                .body("error.details", containsString("declined"));
    }

    @Test
    void aCardNeeding3dsAnswersWithTheClientSecret() {
        Stack.User user = Stack.newUser("threeds");
        String pm = Stack.addCard(user, "pm_card_authenticationRequired");
        String session = UUID.randomUUID().toString();
        String secret = preAuthorize(session, user, pm, "30.00").statusCode(402)
                .body("error.type", equalTo("pre_authorization_failed"))
                .body("error.payment_intent_client_secret", startsWith("pi_"))
                .extract().path("error.payment_intent_client_secret");
        assertTrue(secret.contains("_secret_"), secret);
        preAuthorize(session, user, pm, "30.00").statusCode(402)
                .body("error.payment_intent_client_secret", equalTo(secret));
    }

    @Test
    void preAuthorisationInputIsChecked() {
        Stack.User user = Stack.newUser("badhold");
        given().header("Authorization", Stack.INTERNAL).contentType("application/json")
                .body("{\"session_id\":\"" + UUID.randomUUID() + "\",\"user_id\":\"" + user.id()
                        + "\",\"payment_method_id\":\"pm_x\",\"amount\":\"abc\",\"currency\":\"eur\"}")
                .post("/internal/v1/pre-authorizations").then().log().ifValidationFails().statusCode(400)
                .body("error.details", containsString("amount"));
        preAuthorize(UUID.randomUUID().toString(), user, "pm_not_hers", "30.00").statusCode(404);
        given().contentType("application/json").body("{}").post("/internal/v1/pre-authorizations")
                .then().statusCode(403);
    }

    @Test
    void chargingLessThanTheHoldCapturesAndRecordsAnInvoice() {
        Stack.User user = Stack.newUser("capture");
        String pm = Stack.addCard(user, "pm_card_visa");
        String session = UUID.randomUUID().toString();
        preAuthorize(session, user, pm, "30.00").statusCode(201);
        String body = chargeBody(session, user, "12.34",
                "[{\"description\":\"Energy 10.000 kWh\",\"amount\":\"10.00\"},"
                        + "{\"description\":\"Parking 35 min\",\"amount\":\"2.34\"}]");
        JsonPath result = charge(body).statusCode(200)
                .body("status", equalTo("succeeded"))
                .body("captured_amount", equalTo("12.34"))
                .body("remainder_amount", equalTo("0.00"))
                .body("stripe_invoice_id", startsWith("in_"))
                .extract().jsonPath();
        assertNull(result.getString("payment_intent_client_secret"));
        HttpResponse<String> page = Stack.send(HttpRequest.newBuilder(URI.create(result.getString("hosted_invoice_url")))
                .GET().build());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").contains("html"));
        assertTrue(page.body().contains("12.34") || page.body().contains("12,34"), "the page shows the total");
        assertNotNull(result.getString("invoice_pdf"));
        charge(body).statusCode(200).body("stripe_invoice_id", equalTo(result.getString("stripe_invoice_id")))
                .body("status", equalTo("succeeded"));
        // the hold was captured, so it can no longer be released
        release(session).statusCode(409);
    }

    @Test
    void chargingAboveTheHoldWithAFailingCardLeavesAPaymentIntentForTheUser() {
        Stack.User user = Stack.newUser("debt");
        String pm = Stack.addCard(user, "pm_card_holdThenDecline");
        String session = UUID.randomUUID().toString();
        preAuthorize(session, user, pm, "30.00").statusCode(201);
        JsonPath result = charge(chargeBody(session, user, "45.00", null)).statusCode(200)
                .body("status", equalTo("failed"))
                .body("captured_amount", equalTo("30.00"))
                .body("remainder_amount", equalTo("15.00"))
                .body("payment_intent_id", startsWith("pi_"))
                .body("hosted_invoice_url", startsWith("http"))
                .extract().jsonPath();
        assertTrue(result.getString("payment_intent_client_secret").contains("_secret_"));
    }

    @Test
    void nothingOwedReleasesTheHold() {
        Stack.User user = Stack.newUser("zero");
        String pm = Stack.addCard(user, "pm_card_visa");
        String session = UUID.randomUUID().toString();
        preAuthorize(session, user, pm, "30.00").statusCode(201);
        charge(chargeBody(session, user, "0.00", null)).statusCode(200)
                .body("status", equalTo("succeeded"))
                .body("captured_amount", equalTo("0.00"))
                .body("remainder_amount", equalTo("0.00"));
        release(session).statusCode(200).body("status", equalTo("released"));
    }

    @Test
    void stripeCallsAreTimedByOperationAndOutcome() {
        String declined = "outcome=\"card_error\"";
        String hold = "operation=\"payment_intents.hold\"";
        double declinedBefore = Scrape.value("connect_stripe_call_seconds_count", hold, declined);
        double okBefore = Scrape.value("connect_stripe_call_seconds_count", hold, "outcome=\"ok\"");
        Stack.User user = Stack.newUser("metrics");
        preAuthorize(UUID.randomUUID().toString(), user, Stack.addCard(user, "pm_card_chargeDeclined"), "30.00")
                .statusCode(402);
        preAuthorize(UUID.randomUUID().toString(), user, Stack.addCard(user, "pm_card_visa"), "30.00")
                .statusCode(201);
        assertEquals(declinedBefore + 1, Scrape.value("connect_stripe_call_seconds_count", hold, declined));
        assertEquals(okBefore + 1, Scrape.value("connect_stripe_call_seconds_count", hold, "outcome=\"ok\""));
        // platform's outbox figures are there too (the holds above wrote events)
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertTrue(metrics.contains("connect_outbox_backlog ") && metrics.contains("connect_outbox_published_total"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"));
    }

    @Test
    void healthEndpointsAnswer() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aHoldIsReleasedOnce() {
        Stack.User user = Stack.newUser("release");
        String pm = Stack.addCard(user, "pm_card_visa");
        String session = UUID.randomUUID().toString();
        preAuthorize(session, user, pm, "25.00").statusCode(201);
        release(session).statusCode(200).body("status", equalTo("released")).body("session_id", equalTo(session));
        release(session).statusCode(200).body("status", equalTo("released"));
        release(UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void chargeLinesMustAddUpToTheAmount() {
        Stack.User user = Stack.newUser("lines");
        charge(chargeBody(UUID.randomUUID().toString(), user, "10.00",
                "[{\"description\":\"Energy\",\"amount\":\"9.00\"}]"))
                .statusCode(400).body("error.details", containsString("lines"));
    }

    static ValidatableResponse preAuthorize(String session, Stack.User user, String pm, String amount) {
        return given().header("Authorization", Stack.INTERNAL).contentType("application/json")
                .body("{\"session_id\":\"" + session + "\",\"user_id\":\"" + user.id() + "\",\"payment_method_id\":\""
                        + pm + "\",\"amount\":\"" + amount + "\",\"currency\":\"eur\"}")
                .post("/internal/v1/pre-authorizations").then();
    }

    static ValidatableResponse release(String session) {
        return given().header("Authorization", Stack.INTERNAL)
                .post("/internal/v1/pre-authorizations/" + session + "/release").then();
    }

    static String chargeBody(String session, Stack.User user, String amount, String lines) {
        return "{\"session_id\":\"" + session + "\",\"user_id\":\"" + user.id() + "\",\"invoice_id\":\"inv-"
                + session.substring(0, 8) + "\",\"amount\":\"" + amount + "\",\"currency\":\"eur\","
                + "\"description\":\"Charging session\",\"lines\":" + (lines == null ? "[]" : lines) + "}";
    }

    static ValidatableResponse charge(String body) {
        return given().header("Authorization", Stack.INTERNAL).contentType("application/json").body(body)
                .post("/internal/v1/charges").then();
    }
}
