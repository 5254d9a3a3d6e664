package io.connect.payment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stripe did the work but its answer was lost (the emulator drops the connection after the call ran and its
 * idempotency record was saved): payment-service retries with the same idempotency key, Stripe replays the first
 * result, and the money moves once.
 */
@QuarkusTest
@QuarkusTestResource(SiblingsResource.class)
class StripeTimeoutTest {

    @AfterEach
    void disarm() {
        given().delete(Stack.stripeUrl() + "/_emulator/faults").then().statusCode(204);
    }

    @Test
    void aLostCaptureAnswerIsRetriedWithTheSameKeyAndCapturesOnce() {
        Stack.User user = Stack.newUser("lost-capture");
        String pm = Stack.addCard(user, "pm_card_visa");
        String session = UUID.randomUUID().toString();
        String hold = PaymentsInternalTest.preAuthorize(session, user, pm, "30.00").statusCode(201)
                .extract().path("payment_intent_id");
        String capturePath = "/v1/payment_intents/" + hold + "/capture";
        armDrop(capturePath);

        PaymentsInternalTest.charge(PaymentsInternalTest.chargeBody(session, user, "12.34", null)).statusCode(200)
                .body("status", equalTo("succeeded"))
                .body("captured_amount", equalTo("12.34"))
                .body("remainder_amount", equalTo("0.00"));

        List<Map<String, Object>> calls = requests(capturePath);
        assertEquals(2, calls.size(), "the capture was sent again after its answer was lost: " + calls);
        assertEquals("drop", calls.get(0).get("fault"));
        assertEquals("capture-" + session, calls.get(0).get("idempotency_key"));
        assertEquals("capture-" + session, calls.get(1).get("idempotency_key"), "same key on the retry");
        assertEquals(Boolean.TRUE, calls.get(1).get("replayed"), "Stripe replayed the first capture");
        JsonPath intent = paymentIntent(hold);
        assertEquals("succeeded", intent.getString("status"));
        assertEquals(1234, intent.getInt("amount_received"), "captured once");
    }

    @Test
    void aLostRemainderAnswerIsRetriedWithTheSameKeyAndChargesOnce() {
        Stack.User user = Stack.newUser("lost-remainder");
        String pm = Stack.addCard(user, "pm_card_visa");
        String session = UUID.randomUUID().toString();
        String hold = PaymentsInternalTest.preAuthorize(session, user, pm, "30.00").statusCode(201)
                .extract().path("payment_intent_id");
        armDrop("/v1/payment_intents");

        String remainder = PaymentsInternalTest.charge(PaymentsInternalTest.chargeBody(session, user, "45.00", null))
                .statusCode(200)
                .body("status", equalTo("succeeded"))
                .body("captured_amount", equalTo("30.00"))
                .body("remainder_amount", equalTo("15.00"))
                .extract().path("payment_intent_id");

        List<Map<String, Object>> creates = requests("/v1/payment_intents").stream()
                .filter(c -> ("remainder-" + session).equals(c.get("idempotency_key"))).toList();
        assertEquals(2, creates.size(), "the off-session charge was sent again after its answer was lost: "
                + requests("/v1/payment_intents"));
        assertEquals(Boolean.TRUE, creates.get(1).get("replayed"));
        String customer = paymentIntent(hold).getString("customer");
        JsonPath all = given().header("Authorization", "Bearer sk_test_local").queryParam("customer", customer)
                .queryParam("limit", 100).get(Stack.stripeUrl() + "/v1/payment_intents")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("data.id");
        assertEquals(2, ids.size(), "the hold and one remainder charge, no second charge: " + ids);
        assertTrue(ids.contains(hold) && ids.contains(remainder), ids.toString());
        assertEquals(3000, paymentIntent(hold).getInt("amount_received"));
        assertEquals(1500, paymentIntent(remainder).getInt("amount_received"));
        assertFalse(remainder.equals(hold));
    }

    private static void armDrop(String path) {
        given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("path", path, "mode", "drop", "times", "1"))
                .post(Stack.stripeUrl() + "/_emulator/faults").then().statusCode(200);
    }

    private static List<Map<String, Object>> requests(String path) {
        return given().queryParam("path", path).get(Stack.stripeUrl() + "/_emulator/requests")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    private static JsonPath paymentIntent(String id) {
        return given().header("Authorization", "Bearer sk_test_local")
                .get(Stack.stripeUrl() + "/v1/payment_intents/" + id).then().statusCode(200).extract().jsonPath();
    }
}
