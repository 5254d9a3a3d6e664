package io.connect.platform.auth;

import io.connect.platform.errors.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Service-to-service endpoints ({@code /internal/...}) need the internal token (CONNECT_INTERNAL_TOKEN).
 * The gateway never routes {@code /internal/}; this check makes that not the only line of defence.
 */
public class InternalAuthFilter {

    @ConfigProperty(name = "connect.internal-token")
    String internalToken;

    // Non-blocking filters must run before every blocking one (Quarkus REST refuses to build otherwise),
    // hence a priority just ahead of PartnerAuthFilter.
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 1, nonBlocking = true)
    public Response authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/internal/")) {
            return null;
        }
        String header = request.getHeaderString("Authorization");
        String expected = "Bearer " + internalToken;
        if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            ApiException e = ApiException.forbidden("Invalid internal token.");
            return Response.status(403).type(MediaType.APPLICATION_JSON).entity(e.body()).build();
        }
        return null;
    }
}
