package io.connect.platform.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Adds the service-to-service token to calls of another service's {@code /internal/...} API. */
@ApplicationScoped
public class InternalAuthHeaders implements ClientHeadersFactory {

    @ConfigProperty(name = "connect.internal-token")
    String internalToken;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + internalToken);
        return headers;
    }
}
