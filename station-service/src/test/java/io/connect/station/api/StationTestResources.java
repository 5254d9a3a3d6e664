package io.connect.station.api;

import io.connect.testsupport.PartnerFixture;
import io.connect.testsupport.Neighbours;
import io.connect.testsupport.SiblingApp;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Real neighbours: user-service (partner tokens) and the CPO simulator (OCPI Locations/Tariffs to pull, with a
 * small page size so paging is exercised). A second CPO "pushed" (non-partner, never pulled) owns the locations
 * the tests push for parties the simulator does not serve.
 */
public class StationTestResources implements QuarkusTestResourceLifecycleManager {

    static volatile SiblingApp userService;
    static volatile SiblingApp cpo;
    static volatile PartnerFixture.Partner partner;

    @Override
    public Map<String, String> start() {
        userService = Neighbours.userService();
        // the simulator's own pushes would go nowhere: the tests push by themselves
        cpo = SiblingApp.start("cpo-simulator", Map.of(
                "cpo.emsp.locations-url", "http://127.0.0.1:9/ocpi/emsp/2.2.1/locations"));
        String ocpi = cpo.url() + "/ocpi/cpo/2.2.1/";
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-client.user-service.url", userService.url());
        config.put("connect.cpos.sim.locations-url", ocpi + "locations");
        config.put("connect.cpos.sim.tariffs-url", ocpi + "tariffs");
        config.put("connect.sync.page-limit", "3");
        config.put("connect.cpos.pushed.locations-url", "http://127.0.0.1:9/none");
        config.put("connect.cpos.pushed.tariffs-url", "http://127.0.0.1:9/none");
        config.put("connect.cpos.pushed.token", "none");
        config.put("connect.cpos.pushed.enabled", "false");
        config.put("connect.cpos.pushed.is-partner", "false");
        config.put("connect.ocpi.push-cpo", "pushed");
        return config;
    }

    @Override
    public void stop() {
        if (cpo != null) {
            cpo.close();
        }
        if (userService != null) {
            userService.close();
        }
    }
}
