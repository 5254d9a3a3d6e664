package io.connect.charging;

import io.connect.testsupport.Neighbours;
import io.connect.testsupport.SiblingApp;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The CPO simulator as a real process that pushes to this test's charging-service, and a real station-service
 * that pulls from the simulator, takes its Locations pushes and reads our CPO registrations: the test runs on a
 * fixed free port (the others must know our URL before we start) which is also our public OCPI URL. The
 * simulator's TOKEN_A is {@link #TOKEN_A}; payment, station (for charging-service itself), billing and
 * user-service point at a closed port.
 */
public class CpoSimulatorTestResources implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN_A = "test-cpo-token-a";
    private SiblingApp simulator;
    private SiblingApp station;
    private String stationDatabase;

    @Override
    public Map<String, String> start() {
        int port = SiblingApp.freePort();
        int simulatorPort = SiblingApp.freePort();
        int stationPort = SiblingApp.freePort();
        String us = "http://127.0.0.1:" + port;
        String sim = "http://127.0.0.1:" + simulatorPort;
        String stations = "http://127.0.0.1:" + stationPort;
        simulator = SiblingApp.start("cpo-simulator", simulatorPort, Map.of(
                "cpo.emsp.sessions-url", us + "/ocpi/emsp/2.2.1/sessions",
                "cpo.emsp.cdrs-url", us + "/ocpi/emsp/2.2.1/cdrs",
                "cpo.emsp.locations-url", stations + "/ocpi/emsp/2.2.1/locations",
                "cpo.credentials.token-a", TOKEN_A,
                "cpo.command-latency", "PT0.1S",
                "cpo.push.initial-backoff", "PT0.1S"));
        // one database per run: test runs of this module in other work trees must not drop it under us
        stationDatabase = "connect_station_ocpi_" + stationPort;
        TestDatabases.recreate(stationDatabase, true);
        Map<String, String> stationConfig = new HashMap<>();
        stationConfig.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + stationDatabase);
        stationConfig.put("connect.internal-token", Neighbours.INTERNAL_TOKEN);
        stationConfig.put("quarkus.rest-client.user-service.url", ChargingTestResources.DEAD);
        stationConfig.put("quarkus.rest-client.charging-service.url", us);
        stationConfig.put("connect.cpos.sim.locations-url", sim + "/ocpi/cpo/2.2.1/locations");
        stationConfig.put("connect.cpos.sim.tariffs-url", sim + "/ocpi/cpo/2.2.1/tariffs");
        stationConfig.put("connect.sync.interval", "1h");
        stationConfig.put("connect.ocpi.registrations.cache-for", "PT5S");
        stationConfig.put("connect.ocpi.registrations.min-refresh", "PT0S");
        stationConfig.put("kafka.bootstrap.servers", Neighbours.KAFKA);
        stationConfig.put("connect.topics.evse-status", "test.connect.stations.evse-status.v1");
        try {
            station = SiblingApp.start("station-service", stationPort, stationConfig);
        } catch (RuntimeException e) {
            TestDatabases.drop(stationDatabase);
            throw e;
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.http.test-port", String.valueOf(port));
        config.put("connect.ocpi.public-url", us);
        config.put("connect.ocpi.cpo-url", sim + "/ocpi/cpo/2.2.1");
        config.put("connect.ocpi.cpo-versions-url", sim + "/ocpi/cpo/versions");
        // a second CPO: the same simulator under another host name (a versions URL is registered once)
        config.put("connect.ocpi.cpos.other.url", "http://localhost:" + simulatorPort + "/ocpi/cpo/2.2.1");
        config.put("connect.ocpi.cpos.other.token", "local-cpo-token-c");
        config.put("connect.ocpi.cpos.other.versions-url", "http://localhost:" + simulatorPort + "/ocpi/cpo/versions");
        config.put("test.cpo.url", sim);
        config.put("test.station.url", stations);
        config.put("quarkus.rest-client.user-service.url", ChargingTestResources.DEAD);
        config.put("quarkus.rest-client.payment-service.url", ChargingTestResources.DEAD);
        config.put("quarkus.rest-client.station-service.url", ChargingTestResources.DEAD);
        config.put("quarkus.rest-client.billing-service.url", ChargingTestResources.DEAD);
        return config;
    }

    @Override
    public void stop() {
        if (station != null) {
            station.close();
            TestDatabases.drop(stationDatabase);
        }
        if (simulator != null) {
            simulator.close();
        }
    }
}
