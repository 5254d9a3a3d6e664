package io.connect.charging.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.EventTap;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The pre-authorisation of a session, looked up where it really lives: the Stripe emulator's PaymentIntent. */
final class Holds {

    private Holds() {
    }

    /** The PaymentIntent of a failed session (from its SessionFailed event) ends up canceled at Stripe. */
    static JsonNode assertReleased(ChargingNetwork net, EventTap tap, String sessionId) {
        JsonNode failed = tap.await("charging.session.failed.v1", sessionId, Duration.ofSeconds(30));
        String pi = failed.at("/data/pre_authorization/payment_intent_id").asText();
        assertFalse(pi.isBlank(), "the failed session carried its hold: " + failed);
        assertCanceled(net, pi);
        return failed;
    }

    static void assertCanceled(ChargingNetwork net, String paymentIntent) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                "canceled".equals(net.stripe("sk_test_local").get("/v1/payment_intents/{id}", paymentIntent)
                        .then().statusCode(200).extract().path("status")));
    }

    static String status(ChargingNetwork net, String paymentIntent) {
        return net.stripe("sk_test_local").get("/v1/payment_intents/{id}", paymentIntent)
                .then().statusCode(200).extract().path("status");
    }
}
