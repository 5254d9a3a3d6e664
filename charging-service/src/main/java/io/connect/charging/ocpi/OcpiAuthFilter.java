package io.connect.charging.ocpi;

import io.connect.charging.config.OcpiSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

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
        String header = request.getHeaderString("Authorization");
        String expected = OcpiSettings.header(settings.emspToken());
        String plain = "Token " + settings.emspToken();
        if (header != null && (same(header.trim(), expected) || same(header.trim(), plain))) {
            return null;
        }
        return OcpiResponses.error(401, 2000, "Unknown or missing token.");
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
