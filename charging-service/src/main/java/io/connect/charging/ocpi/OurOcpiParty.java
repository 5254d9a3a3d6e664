package io.connect.charging.ocpi;

import io.connect.charging.config.OcpiSettings;
import io.connect.ocpi.model.BusinessDetails;
import io.connect.ocpi.model.Credentials;
import io.connect.ocpi.model.CredentialsRole;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.model.Version;
import io.connect.ocpi.model.VersionDetails;
import io.connect.ocpi.transport.VersionDiscovery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * How we present ourselves over OCPI: our versions, our 2.2.1 modules at the public URL (the gateway routes
 * locations and tariffs to station-service, the rest to us), and our Credentials object.
 */
@ApplicationScoped
public class OurOcpiParty {

    @Inject
    OcpiSettings settings;

    public List<Version> versions() {
        return List.of(new Version(VersionDiscovery.VERSION, settings.emspBase()));
    }

    public VersionDetails details() {
        String base = settings.emspBase();
        return new VersionDetails(VersionDiscovery.VERSION, List.of(
                new Endpoint("credentials", Endpoint.SENDER, base + "/credentials"),
                new Endpoint("credentials", Endpoint.RECEIVER, base + "/credentials"),
                new Endpoint("locations", Endpoint.RECEIVER, base + "/locations"),
                new Endpoint("tariffs", Endpoint.RECEIVER, base + "/tariffs"),
                new Endpoint("sessions", Endpoint.RECEIVER, base + "/sessions"),
                new Endpoint("cdrs", Endpoint.RECEIVER, base + "/cdrs"),
                new Endpoint("commands", Endpoint.SENDER, base + "/commands")));
    }

    /** Our Credentials object carrying the token the other party is to call us with. */
    public Credentials credentials(String token) {
        return new Credentials(token, settings.versionsUrl(), List.of(new CredentialsRole("EMSP",
                new BusinessDetails(settings.businessName(), null, null), settings.partyId(),
                settings.countryCode())));
    }
}
