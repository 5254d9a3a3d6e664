package io.connect.charging.client;

import io.connect.charging.config.OcpiSettings;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import java.util.UUID;

/** OCPI calls to the CPO: {@code Authorization: Token base64(cpo-token)} and a fresh X-Request-ID per call. */
@ApplicationScoped
public class OcpiTokenHeaders implements ClientHeadersFactory {

    @Inject
    OcpiSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(OcpiToken.HEADER, OcpiToken.header(settings.cpoToken()));
        headers.putSingle("X-Request-ID", UUID.randomUUID().toString());
        headers.putSingle("X-Correlation-ID", UUID.randomUUID().toString());
        return headers;
    }
}
