package io.connect.charging;

import io.connect.testsupport.SiblingApp;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The CPO simulator as a real process that pushes to this test's charging-service: the test runs on a fixed free
 * port (the simulator must know our URL before we start) which is also our public OCPI URL. The simulator's
 * TOKEN_A is {@link #TOKEN_A}; payment, station, billing and user-service point at a closed port.
 */
public class CpoSimulatorTestResources implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN_A = "test-cpo-token-a";
    private SiblingApp simulator;

    @Override
    public Map<String, String> start() {
        int port = SiblingApp.freePort();
        String us = "http://127.0.0.1:" + port;
        simulator = SiblingApp.start("cpo-simulator", Map.of(
                "cpo.emsp.sessions-url", us + "/ocpi/emsp/2.2.1/sessions",
                "cpo.emsp.cdrs-url", us + "/ocpi/emsp/2.2.1/cdrs",
                "cpo.emsp.locations-url", us + "/ocpi/emsp/2.2.1/locations",
                "cpo.credentials.token-a", TOKEN_A,
                "cpo.command-latency", "PT0.1S",
                "cpo.push.initial-backoff", "PT0.1S"));
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.http.test-port", String.valueOf(port));
        config.put("connect.ocpi.public-url", us);
        config.put("connect.ocpi.cpo-url", simulator.url() + "/ocpi/cpo/2.2.1");
        config.put("connect.ocpi.cpo-versions-url", simulator.url() + "/ocpi/cpo/versions");
        config.put("test.cpo.url", simulator.url());
        config.put("quarkus.rest-client.user-service.url", ChargingTestResources.DEAD);
        config.put("quarkus.rest-client.payment-service.url", ChargingTestResources.DEAD);
        config.put("quarkus.rest-client.station-service.url", ChargingTestResources.DEAD);
        config.put("quarkus.rest-client.billing-service.url", ChargingTestResources.DEAD);
        return config;
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
