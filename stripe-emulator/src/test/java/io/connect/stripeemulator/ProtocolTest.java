package io.connect.stripeemulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WebhookReceiver.class)
class ProtocolTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void idempotentReplayReturnsTheFirstResultAndRefusesOtherParams() throws Exception {
        StripeClient stripe = StripeTestClient.client(base);
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("cust-" + UUID.randomUUID()).build();
        Customer first = stripe.v1().customers().create(
                CustomerCreateParams.builder().setEmail("same@example.com").build(), key);
        Customer replay = stripe.v1().customers().create(
                CustomerCreateParams.builder().setEmail("same@example.com").build(), key);
        assertEquals(first.getId(), replay.getId());
        assertEquals("true", replay.getLastResponse().headers().firstValue("Idempotent-Replayed").orElse(null));

        IdempotencyException clash = assertThrows(IdempotencyException.class, () -> stripe.v1().customers().create(
                CustomerCreateParams.builder().setEmail("other@example.com").build(), key));
        assertEquals(400, clash.getStatusCode());
        assertEquals("idempotency_error", clash.getStripeError().getType());
    }

    @Test
    void replaysAFailedCardPaymentWithItsStatus() {
        String key = "preauth-" + UUID.randomUUID();
        Response first = given().auth().preemptive().basic("sk_test_local", "").header("Idempotency-Key", key)
                .formParam("amount", "3000").formParam("currency", "eur")
                .formParam("payment_method", "pm_card_chargeDeclined").formParam("confirm", "true")
                .post("/v1/payment_intents");
        first.then().statusCode(402).body("error.type", equalTo("card_error"))
                .body("error.payment_intent.status", equalTo("requires_payment_method"));
        given().auth().preemptive().basic("sk_test_local", "").header("Idempotency-Key", key)
                .formParam("amount", "3000").formParam("currency", "eur")
                .formParam("payment_method", "pm_card_chargeDeclined").formParam("confirm", "true")
                .post("/v1/payment_intents")
                .then().statusCode(402).header("Idempotent-Replayed", "true")
                .body("error.payment_intent.id", equalTo(first.path("error.payment_intent.id")));
    }

    @Test
    void refusesCallsWithoutASecretKey() {
        given().formParam("email", "x@example.com").post("/v1/customers")
                .then().statusCode(401).body("error.type", equalTo("invalid_request_error"))
                .body("error.message", startsWith("You did not provide an API key"));
        given().header("Authorization", "Bearer sk_live_nope").get("/v1/customers")
                .then().statusCode(401);
        StripeClient wrong = StripeClient.builder().setApiKey("nope").setApiBase(StripeTestClient.root(base)).build();
        assertThrows(AuthenticationException.class, () -> wrong.v1().customers().create(
                CustomerCreateParams.builder().build()));
    }

    @Test
    void errorsHaveStripesShape() {
        StripeClient stripe = StripeTestClient.client(base);
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().customers().retrieve("cus_missing"));
        assertEquals(404, missing.getStatusCode());
        assertEquals("resource_missing", missing.getCode());

        given().auth().preemptive().basic("sk_test_local", "").formParam("colour", "blue").post("/v1/customers")
                .then().statusCode(400).body("error.code", equalTo("parameter_unknown"))
                .body("error.param", equalTo("colour"));
        given().auth().preemptive().basic("sk_test_local", "").formParam("currency", "eur")
                .formParam("amount", "lots").post("/v1/payment_intents")
                .then().statusCode(400).body("error.code", equalTo("parameter_invalid_integer"))
                .body("error.param", equalTo("amount"));
        given().auth().preemptive().basic("sk_test_local", "").formParam("currency", "eur")
                .post("/v1/payment_intents")
                .then().statusCode(400).body("error.code", equalTo("parameter_missing"));
        given().auth().preemptive().basic("sk_test_local", "").get("/v1/charges_of_the_moon")
                .then().statusCode(404).body("error.type", equalTo("invalid_request_error"));
    }

    @Test
    void expandReplacesIdsByObjects() throws Exception {
        StripeClient stripe = StripeTestClient.client(base);
        Customer c = StripeTestClient.customer(stripe, "expand@example.com");
        String pm = StripeTestClient.savedCard(stripe, c.getId(), "pm_card_visa");
        given().auth().preemptive().basic("sk_test_local", "")
                .formParam("invoice_settings[default_payment_method]", pm).post("/v1/customers/" + c.getId());
        given().auth().preemptive().basic("sk_test_local", "")
                .get("/v1/customers/" + c.getId() + "?expand[]=invoice_settings.default_payment_method")
                .then().statusCode(200).body("invoice_settings.default_payment_method.card.last4", equalTo("4242"));
    }

    @Test
    void healthIsReady() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
