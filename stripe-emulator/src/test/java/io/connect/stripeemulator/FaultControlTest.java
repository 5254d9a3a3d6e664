package io.connect.stripeemulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.model.Customer;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test controls: a call whose answer is lost has still happened, and its retry with the same key replays it. */
@QuarkusTest
@QuarkusTestResource(WebhookReceiver.class)
class FaultControlTest {

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void disarm() {
        given().delete("/_emulator/faults").then().statusCode(204);
    }

    @Test
    void aDroppedAnswerLosesTheResponseNotTheEffectAndTheRetryReplaysIt() throws Exception {
        StripeClient stripe = StripeClient.builder().setApiKey("sk_test_local")
                .setApiBase(StripeTestClient.root(base)).setMaxNetworkRetries(0).build();
        String email = "dropped-" + UUID.randomUUID() + "@example.com";
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("cust-" + UUID.randomUUID()).build();
        arm(Map.of("path", "/v1/customers", "mode", "drop", "times", "1"));

        // java.net.http does not resend a POST by itself (HttpURLConnection, under stripe-java, may: retryPost)
        HttpRequest lost = HttpRequest.newBuilder(URI.create(StripeTestClient.root(base) + "/v1/customers"))
                .header("Authorization", "Bearer sk_test_local")
                .header("Idempotency-Key", key.getIdempotencyKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .build();
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(lost,
                HttpResponse.BodyHandlers.ofString()));
        Customer retried = stripe.v1().customers().create(CustomerCreateParams.builder().setEmail(email).build(), key);
        assertEquals("true", retried.getLastResponse().headers().firstValue("Idempotent-Replayed").orElse(null));
        given().auth().preemptive().basic("sk_test_local", "").queryParam("email", email).get("/v1/customers")
                .then().statusCode(200).body("data.size()", equalTo(1)).body("data[0].id", equalTo(retried.getId()));

        List<Map<String, Object>> journal = given().queryParam("path", "/v1/customers").get("/_emulator/requests")
                .then().statusCode(200).extract().jsonPath().getList("data");
        List<Map<String, Object>> ours = journal.stream()
                .filter(e -> key.getIdempotencyKey().equals(e.get("idempotency_key"))).toList();
        assertEquals(2, ours.size(), ours.toString());
        assertEquals("drop", ours.get(0).get("fault"));
        assertEquals(false, ours.get(0).get("replayed"));
        assertEquals(true, ours.get(1).get("replayed"));
    }

    @Test
    void aDelayedAnswerArrivesLateAndFaultsAreUsedUp() {
        arm(Map.of("path", "/v1/customers", "mode", "delay", "delay_ms", "1500", "times", "1"));
        long started = System.nanoTime();
        given().auth().preemptive().basic("sk_test_local", "").formParam("email", "late@example.com")
                .post("/v1/customers").then().statusCode(200);
        assertTrue(System.nanoTime() - started >= 1_400_000_000L, "answered after the delay");
        started = System.nanoTime();
        given().auth().preemptive().basic("sk_test_local", "").formParam("email", "late@example.com")
                .post("/v1/customers").then().statusCode(200);
        assertTrue(System.nanoTime() - started < 1_400_000_000L, "the fault was used once");
    }

    @Test
    void badControlInputIsRefusedInStripesShape() {
        given().contentType("application/x-www-form-urlencoded").formParam("path", "(")
                .post("/_emulator/faults").then().statusCode(400)
                .body("error.param", equalTo("path")).body("error.message", containsString("regular expression"));
        given().contentType("application/x-www-form-urlencoded").formParam("path", "/v1/x").formParam("mode", "explode")
                .post("/_emulator/faults").then().statusCode(400).body("error.param", equalTo("mode"));
        given().contentType("application/x-www-form-urlencoded").formParam("path", "/v1/x").formParam("mode", "delay")
                .post("/_emulator/faults").then().statusCode(400).body("error.param", equalTo("delay_ms"));
        given().contentType("application/x-www-form-urlencoded").formParam("path", "/v1/x").formParam("times", "0")
                .post("/_emulator/faults").then().statusCode(400).body("error.param", equalTo("times"));
        given().queryParam("path", "[").get("/_emulator/requests").then().statusCode(400);
    }

    private static void arm(Map<String, String> form) {
        given().contentType("application/x-www-form-urlencoded").formParams(form).post("/_emulator/faults")
                .then().statusCode(200);
    }
}
