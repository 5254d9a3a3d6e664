package io.connect.charging;

import io.connect.charging.client.CpoGateway;
import io.connect.charging.client.CpoLink;
import io.connect.charging.ocpi.PartyStore;
import io.connect.charging.persistence.OcpiPartyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;

import static io.restassured.RestAssured.given;

/**
 * What the OCPI registration tests share: the simulator's URL, our party store and links, and a teardown that
 * unregisters the simulator's CPO key and forgets every party, so each test starts unregistered.
 */
abstract class CpoRegistrationFixture {

    /** Set by CpoSimulatorTestResources only: read here, not injected, so other test apps need not define it. */
    final String cpo = ConfigProvider.getConfig().getValue("test.cpo.url", String.class);

    @Inject
    PartyStore store;

    @Inject
    OcpiPartyRepository parties;

    @Inject
    CpoLink link;

    @Inject
    CpoGateway gateway;

    @AfterEach
    void forgetEveryParty() {
        if (store.registered("sim").isPresent()) {
            internal().delete("/internal/v1/ocpi/cpo-registrations/sim").then().statusCode(204);
        }
        QuarkusTransaction.requiringNew().run(() -> parties.deleteAll());
        link.invalidate();
    }

    static RequestSpecification internal() {
        return given().header("Authorization", "Bearer local-internal-token").contentType(ContentType.JSON);
    }
}
