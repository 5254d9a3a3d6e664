package io.connect.charging.ocpi;

import io.connect.charging.config.OcpiSettings;
import io.connect.ocpi.transport.OcpiClient;
import io.connect.ocpi.transport.VersionDiscovery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The blocking OCPI client for the handshake calls (versions, details, credentials), one per application. */
@ApplicationScoped
public class OcpiCalls {

    private volatile OcpiClient client;

    @Inject
    OcpiSettings settings;

    public OcpiClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = new OcpiClient(settings.callTimeout());
                }
            }
        }
        return client;
    }

    public VersionDiscovery discovery() {
        return new VersionDiscovery(client());
    }
}
