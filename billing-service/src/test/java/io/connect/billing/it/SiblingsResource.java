package io.connect.billing.it;

import io.connect.testsupport.Neighbours;
import io.connect.testsupport.SiblingApp;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Real neighbours for billing-service's tests: user-service (partner tokens), the Stripe emulator and
 * payment-service talking to it, each a process started from its packaged jar. charging-service is packaged after
 * billing-service, so it is not started here: its address is a closed port (reconciliation reports it could not
 * be asked; charging-service's ReconciliationIT runs the two together).
 */
public class SiblingsResource implements QuarkusTestResourceLifecycleManager {

    static final String CLOSED_PORT = "http://127.0.0.1:9";

    private SiblingApp userService;
    private Neighbours.Payments payments;

    @Override
    public Map<String, String> start() {
        userService = Neighbours.userService();
        payments = Neighbours.payments(userService);
        return Map.of(
                "quarkus.rest-client.user-service.url", userService.url(),
                "test.user-service.url", userService.url(),
                "quarkus.rest-client.payment-service.url", payments.service().url(),
                "test.payment-service.url", payments.service().url(),
                "test.stripe-emulator.url", payments.stripe().url(),
                "quarkus.rest-client.charging-service.url", CLOSED_PORT);
    }

    @Override
    public void stop() {
        if (payments != null) {
            payments.close();
        }
        if (userService != null) {
            userService.close();
        }
    }
}
