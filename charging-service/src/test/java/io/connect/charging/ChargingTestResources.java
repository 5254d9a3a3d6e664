package io.connect.charging;

import io.connect.testsupport.Neighbours;
import io.connect.testsupport.SiblingApp;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real user-service for the partner-token checks. Payment, station, billing and the CPO point at a closed
 * port: the tests here must fail before they would call them (or show that such a failure is handled).
 */
public class ChargingTestResources implements QuarkusTestResourceLifecycleManager {

    static final String DEAD = "http://127.0.0.1:9";
    private SiblingApp userService;

    @Override
    public Map<String, String> start() {
        userService = Neighbours.userService();
        return Map.of(
                "quarkus.rest-client.user-service.url", userService.url(),
                "test.user-service.url", userService.url(),
                "quarkus.rest-client.payment-service.url", DEAD,
                "quarkus.rest-client.station-service.url", DEAD,
                "quarkus.rest-client.billing-service.url", DEAD,
                "connect.ocpi.cpo-url", DEAD + "/ocpi/cpo/2.2.1");
    }

    @Override
    public void stop() {
        if (userService != null) {
            userService.close();
        }
    }
}
