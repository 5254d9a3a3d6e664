package io.connect.payment;

import io.connect.testsupport.Neighbours;
import io.connect.testsupport.SiblingApp;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Real neighbours for the one Quarkus boot of the tests: user-service (partner token checks, users and their
 * events) and the Stripe emulator, whose webhooks come back to this service on a port chosen here.
 */
public class SiblingsResource implements QuarkusTestResourceLifecycleManager {

    static final String WEBHOOK_SECRET = "whsec_payment_service_test";

    private SiblingApp userService;
    private SiblingApp stripe;

    @Override
    public Map<String, String> start() {
        int port = SiblingApp.freePort();
        userService = Neighbours.userService();
        stripe = Neighbours.stripeEmulator("http://127.0.0.1:" + port + "/webhooks/stripe", WEBHOOK_SECRET);
        String stripeUrl = stripe.url();
        return Map.of(
                "quarkus.http.test-port", String.valueOf(port),
                "quarkus.rest-client.user-service.url", userService.url(),
                "stripe.api-base", stripeUrl,
                "stripe.webhook-secret", WEBHOOK_SECRET,
                "test.user-service.url", userService.url(),
                "test.stripe.url", stripeUrl);
    }

    @Override
    public void stop() {
        if (stripe != null) {
            stripe.close();
        }
        if (userService != null) {
            userService.close();
        }
    }
}
