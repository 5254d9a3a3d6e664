package io.connect.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.testsupport.PartnerFixture;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** What the tests do the way a partner, its frontend (Stripe.js) and other services would. */
final class Stack {

    static final String INTERNAL = "Bearer local-internal-token";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private Stack() {
    }

    static String userServiceUrl() {
        return ConfigProvider.getConfig().getValue("test.user-service.url", String.class);
    }

    static String stripeUrl() {
        return ConfigProvider.getConfig().getValue("test.stripe.url", String.class);
    }

    static PartnerFixture partners() {
        return new PartnerFixture(userServiceUrl(), PartnerFixture.LOCAL_ADMIN_TOKEN);
    }

    record User(PartnerFixture.Partner partner, String id) {
        String bearer() {
            return "Bearer " + partner.apiToken();
        }
    }

    static User newUser(String prefix) {
        PartnerFixture fixture = partners();
        PartnerFixture.Partner partner = fixture.createPartner(prefix);
        return new User(partner, fixture.createUser(partner, prefix + "-" + UUID.randomUUID() + "@example.com"));
    }

    static String setupIntentSecret(User user) {
        return given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/setup-intents/?pm_type=card")
                .then().statusCode(200).extract().path("client_secret");
    }

    /** What Stripe.js confirmCardSetup does: the publishable key, the client secret and a payment method. */
    static JsonNode confirmSetupIntent(String clientSecret, String paymentMethod) {
        String id = clientSecret.substring(0, clientSecret.indexOf("_secret_"));
        String form = "payment_method=" + enc(paymentMethod) + "&client_secret=" + enc(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripeUrl() + "/v1/setup_intents/" + id + "/confirm"))
                .header("Authorization", "Bearer pk_test_local")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves a test card through the whole flow and waits until the webhook made it appear in our list. */
    static String addCard(User user, String testCard) {
        int before = methods(user).getInt("count");
        JsonNode setupIntent = confirmSetupIntent(setupIntentSecret(user), testCard);
        assertEquals("succeeded", setupIntent.get("status").asText());
        String pm = setupIntent.get("payment_method").asText();
        await("payment method " + pm + " listed", () -> methods(user).getInt("count") == before + 1);
        return pm;
    }

    static JsonPath methods(User user) {
        return given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/payment-methods/")
                .then().statusCode(200).extract().jsonPath();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
        fail("timed out waiting for " + what);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
