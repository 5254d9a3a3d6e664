package io.connect.cpo.api;

import io.connect.cpo.config.CpoConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** OCPI 2.2.1 auth: {@code Authorization: Token <base64(token C)>} on every path under /ocpi/. */
public class OcpiAuthFilter {

    private final byte[] expected;

    OcpiAuthFilter(CpoConfig config) {
        this.expected = config.emspTokenC().getBytes(StandardCharsets.UTF_8);
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/ocpi/")) {
            return null;
        }
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Token ", 0, 6)) {
            return unauthorized("Missing Authorization: Token header");
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return unauthorized("The token must be Base64-encoded (OCPI 2.2.1)");
        }
        if (!MessageDigest.isEqual(presented, expected)) {
            return unauthorized("Unknown token");
        }
        return null;
    }

    private static Response unauthorized(String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON)
                .entity(OcpiResponse.of(null, 2000, message)).build();
    }
}
