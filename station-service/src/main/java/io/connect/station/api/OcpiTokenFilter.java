package io.connect.station.api;

import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CPOs pushing to our eMSP endpoints ({@code /ocpi/...}) must send {@code Authorization: Token base64(token)}
 * (OCPI 2.2.1); the plain token, as OCPI 2.1 clients send it, is accepted too. Otherwise HTTP 401.
 */
public class OcpiTokenFilter {

    @ConfigProperty(name = "connect.ocpi.emsp-token")
    String emspToken;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10, nonBlocking = true)
    public Response authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/ocpi/")) {
            return null;
        }
        String credential = OcpiToken.credential(request.getHeaderString(OcpiToken.HEADER));
        if (credential == null) {
            return OcpiReplies.error(401, OcpiStatus.GENERIC_CLIENT_ERROR, "Missing Authorization: Token header");
        }
        if (OcpiToken.matchesEncodedOrPlain(credential, emspToken)) {
            return null;
        }
        return OcpiReplies.error(401, OcpiStatus.GENERIC_CLIENT_ERROR, "Unknown token");
    }
}
