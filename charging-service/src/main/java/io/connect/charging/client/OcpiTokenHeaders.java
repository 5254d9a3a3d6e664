package io.connect.charging.client;

import io.connect.ocpi.transport.OcpiHeaders;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * OCPI calls to a CPO: the {@code Authorization} the call carries (that CPO's token C, {@link CpoLink}), a new
 * X-Request-ID per call, and the X-Correlation-ID of the request that caused the call when there is one (else a
 * new one: the call starts a chain).
 */
@ApplicationScoped
public class OcpiTokenHeaders implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String authorization = outgoing == null ? null : outgoing.getFirst(OcpiToken.HEADER);
        if (authorization != null) {
            headers.putSingle(OcpiToken.HEADER, authorization);
        }
        headers.putSingle(OcpiHeaders.REQUEST_ID, OcpiHeaders.newId());
        headers.putSingle(OcpiHeaders.CORRELATION_ID, OcpiHeaders.orNew(first(outgoing, incoming)));
        return headers;
    }

    /** A correlation id set on this call, else the one of the incoming request being handled. */
    private static String first(MultivaluedMap<String, String> outgoing, MultivaluedMap<String, String> incoming) {
        String set = outgoing == null ? null : outgoing.getFirst(OcpiHeaders.CORRELATION_ID);
        return set != null ? set : incoming == null ? null : incoming.getFirst(OcpiHeaders.CORRELATION_ID);
    }
}
