package io.connect.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static org.hamcrest.Matchers.equalTo;

/**
 * What Stripe.js does in a partner's frontend, against the Stripe emulator: confirm an intent with the
 * publishable key and the client secret our API handed out.
 */
final class StripeJs {

    private static final String PUBLISHABLE_KEY = "pk_test_local";
    private static final String SECRET_KEY = "sk_test_local";

    private StripeJs() {
    }

    /** Confirms a SetupIntent with a test card; returns the concrete {@code pm_...} it saved. */
    static String confirmSetupIntent(String clientSecret, String card) {
        String id = intentId(clientSecret);
        confirm("/v1/setup_intents/{id}/confirm", id, clientSecret, card)
                .then().statusCode(200).body("status", equalTo("succeeded"));
        return RestAssured.given().baseUri(Stack.STRIPE)
                .header("Authorization", "Bearer " + SECRET_KEY)
                .get("/v1/setup_intents/{id}", id)
                .then().statusCode(200).extract().path("payment_method");
    }

    /** Pays a PaymentIntent on session (the customer is present), e.g. a debt; returns the PaymentIntent. */
    static JsonPath confirmPaymentIntent(String clientSecret, String card) {
        return confirm("/v1/payment_intents/{id}/confirm", intentId(clientSecret), clientSecret, card)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The intent's id is the part of its client secret before {@code _secret_}. */
    static String intentId(String clientSecret) {
        return clientSecret.substring(0, clientSecret.indexOf("_secret_"));
    }

    private static Response confirm(String path, String id, String secret, String card) {
        return RestAssured.given().baseUri(Stack.STRIPE)
                .header("Authorization", "Bearer " + PUBLISHABLE_KEY)
                .contentType(ContentType.URLENC)
                .formParam("payment_method", card)
                .formParam("client_secret", secret)
                .post(path, id);
    }
}
