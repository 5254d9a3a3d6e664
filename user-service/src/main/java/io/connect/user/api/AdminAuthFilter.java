package io.connect.user.api;

import io.connect.platform.errors.ApiException;
import io.connect.user.config.AdminToken;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The admin API ({@code /admin/...}) needs {@code Authorization: Bearer <CONNECT_ADMIN_TOKEN>}. */
public class AdminAuthFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    AdminToken adminToken;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10, nonBlocking = true)
    public Response authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/admin/")) {
            return null;
        }
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse("Authentication credentials were not provided.");
        }
        if (!adminToken.matches(header.substring(BEARER.length()).trim())) {
            return refuse("Invalid admin token.");
        }
        return null;
    }

    private static Response refuse(String why) {
        return Response.status(403).type(MediaType.APPLICATION_JSON).entity(ApiException.forbidden(why).body()).build();
    }
}
