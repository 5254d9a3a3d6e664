package io.connect.station.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

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
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Token ", 0, 6)) {
            return OcpiResponse.error(401, OcpiResponse.GENERIC_CLIENT_ERROR, "Missing Authorization: Token header");
        }
        String presented = header.substring(6).trim();
        if (matches(presented, emspToken) || matches(decode(presented), emspToken)) {
            return null;
        }
        return OcpiResponse.error(401, OcpiResponse.GENERIC_CLIENT_ERROR, "Unknown token");
    }

    private static String decode(String value) {
        try {
            return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean matches(String presented, String expected) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
