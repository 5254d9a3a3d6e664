package io.connect.cpo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** One profile for every test class (one Quarkus boot): the eMSP stand-in and quicker timings. */
public class EmspProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmspStandIn.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cpo.command-latency", "PT0.2S",
                "cpo.push.initial-backoff", "PT0.1S",
                "cpo.page-limit", "100");
    }
}
