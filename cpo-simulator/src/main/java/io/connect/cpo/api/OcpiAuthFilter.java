package io.connect.cpo.api;

import io.connect.cpo.config.CpoConfig;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.transport.OcpiResponse;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** OCPI 2.2.1 auth: {@code Authorization: Token <base64(token C)>} on every path under /ocpi/. */
public class OcpiAuthFilter {

    private final String expected;

    OcpiAuthFilter(CpoConfig config) {
        this.expected = config.emspTokenC();
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/ocpi/")) {
            return null;
        }
        String credential = OcpiToken.credential(request.getHeaderString(OcpiToken.HEADER));
        if (credential == null) {
            return unauthorized("Missing Authorization: Token header");
        }
        String presented = OcpiToken.decode(credential);
        if (presented == null) {
            return unauthorized("The token must be Base64-encoded (OCPI 2.2.1)");
        }
        if (!OcpiToken.matches(presented, expected)) {
            return unauthorized("Unknown token");
        }
        return null;
    }

    private static Response unauthorized(String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON)
                .entity(OcpiResponse.of(null, OcpiStatus.GENERIC_CLIENT_ERROR, message, Times.now())).build();
    }
}
