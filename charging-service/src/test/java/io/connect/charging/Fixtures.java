package io.connect.charging;

import io.connect.testsupport.PartnerFixture;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.UUID;

/** Partners and users created once per test JVM through the real user-service. */
final class Fixtures {

    static final PartnerFixture FIXTURE = new PartnerFixture(
            ConfigProvider.getConfig().getValue("test.user-service.url", String.class),
            PartnerFixture.LOCAL_ADMIN_TOKEN);

    static PartnerFixture.Partner partner(String prefix) {
        return FIXTURE.createPartner(prefix);
    }

    static String user(PartnerFixture.Partner partner) {
        return FIXTURE.createUser(partner, "driver-" + UUID.randomUUID() + "@example.org");
    }

    private Fixtures() {
    }
}
