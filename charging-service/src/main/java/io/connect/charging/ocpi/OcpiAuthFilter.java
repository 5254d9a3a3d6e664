package io.connect.charging.ocpi;

import io.connect.charging.config.OcpiSettings;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The CPO calls {@code /ocpi/...} with {@code Authorization: Token base64(emsp-token)}. The plain token is also
 * accepted: OCPI 2.1 sent it unencoded and some 2.2.1 implementations still do.
 */
public class OcpiAuthFilter {

    @Inject
    OcpiSettings settings;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10, nonBlocking = true)
    public Response authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/ocpi/")) {
            return null;
        }
        String header = request.getHeaderString(OcpiToken.HEADER);
        if (header != null && (OcpiToken.matches(header.trim(), OcpiToken.header(settings.emspToken()))
                || OcpiToken.matches(header.trim(), OcpiToken.plainHeader(settings.emspToken())))) {
            return null;
        }
        return OcpiResponses.error(401, OcpiStatus.GENERIC_CLIENT_ERROR, "Unknown or missing token.");
    }
}
