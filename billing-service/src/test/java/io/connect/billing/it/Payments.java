package io.connect.billing.it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A card for a user, set up the way a partner's frontend does it (payment-service's setup intent, confirmed at
 * the Stripe emulator with a publishable key), and a pre-authorisation through payment-service's internal API.
 */
final class Payments {

    private final String paymentServiceUrl;
    private final String emulatorUrl;

    Payments(String paymentServiceUrl, String emulatorUrl) {
        this.paymentServiceUrl = paymentServiceUrl;
        this.emulatorUrl = emulatorUrl;
    }

    /** @return the id of the saved PaymentMethod */
    String saveCard(String partnerToken, String userId, String testCard) {
        String path = paymentServiceUrl + "/api/v1/users/" + userId + "/setup-intents/";
        Response r = given().header("Authorization", "Bearer " + partnerToken).get(path);
        if (r.statusCode() == 405) {
            r = given().header("Authorization", "Bearer " + partnerToken).contentType(ContentType.JSON).body("{}")
                    .post(path);
        }
        if (r.statusCode() >= 300) {
            throw new AssertionError("setup intent: " + r.statusCode() + " " + r.asString());
        }
        String secret = r.jsonPath().getString("setup_intent_client_secret");
        String setupIntentId = secret.substring(0, secret.indexOf("_secret_"));
        JsonPath confirmed = given().header("Authorization", "Bearer pk_test_local")
                .contentType(ContentType.URLENC)
                .formParams(Map.of("payment_method", testCard, "client_secret", secret))
                .post(emulatorUrl + "/v1/setup_intents/" + setupIntentId + "/confirm")
                .then().statusCode(200).extract().jsonPath();
        if (!"succeeded".equals(confirmed.getString("status"))) {
            throw new AssertionError("setup intent not succeeded: " + confirmed.prettify());
        }
        String paymentMethodId = confirmed.getString("payment_method");
        awaitKnownToPaymentService(userId, paymentMethodId);
        return paymentMethodId;
    }

    /** payment-service learns of the attached card from Stripe's webhook, a moment after the confirm. */
    private void awaitKnownToPaymentService(String userId, String paymentMethodId) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        int status;
        do {
            status = given().header("Authorization", "Bearer " + io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                    .get(paymentServiceUrl + "/internal/v1/users/" + userId + "/payment-methods/" + paymentMethodId)
                    .statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("payment-service did not learn of " + paymentMethodId + " (last status " + status + ")");
    }

    /** @return payment_intent_id of the hold */
    String preAuthorize(String sessionId, String userId, String paymentMethodId, String amount) {
        return given().header("Authorization", "Bearer " + io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("session_id", sessionId, "user_id", userId, "payment_method_id", paymentMethodId,
                        "amount", amount, "currency", "eur"))
                .post(paymentServiceUrl + "/internal/v1/pre-authorizations")
                .then().statusCode(201).extract().jsonPath().getString("payment_intent_id");
    }

    /** The PaymentIntent as Stripe (the emulator) knows it. */
    JsonPath paymentIntent(String id) {
        return given().header("Authorization", "Bearer sk_test_local")
                .get(emulatorUrl + "/v1/payment_intents/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** All PaymentIntents of a Stripe customer. */
    JsonPath paymentIntentsOf(String customer) {
        return given().header("Authorization", "Bearer sk_test_local").queryParam("customer", customer)
                .queryParam("limit", 100)
                .get(emulatorUrl + "/v1/payment_intents").then().statusCode(200).extract().jsonPath();
    }

    /** The POSTs the emulator answered on this exact path (its test journal), oldest first. */
    java.util.List<Map<String, Object>> postsTo(String path) {
        return given().queryParam("path", java.util.regex.Pattern.quote(path))
                .get(emulatorUrl + "/_emulator/requests").then().statusCode(200).extract().jsonPath().getList("data");
    }

    /** What Stripe.js does to pay a PaymentIntent on session: the publishable key and its client secret. */
    JsonPath confirmOnSession(String paymentIntentId, String clientSecret, String paymentMethodId) {
        return given().header("Authorization", "Bearer pk_test_local")
                .contentType(ContentType.URLENC)
                .formParams(Map.of("payment_method", paymentMethodId, "client_secret", clientSecret))
                .post(emulatorUrl + "/v1/payment_intents/" + paymentIntentId + "/confirm")
                .then().statusCode(200).extract().jsonPath();
    }
}
