package io.connect.cpo.api;

import io.connect.cpo.credentials.CredentialsRegistry;
import io.connect.cpo.credentials.CredentialsRegistry.Kind;
import io.connect.cpo.domain.Times;
import io.connect.ocpi.transport.OcpiResponse;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * OCPI 2.2.1 auth on every path under /ocpi/: {@code Authorization: Token <base64(token)>}. Token C (the
 * configured one or one issued by the credentials module) opens everything; TOKEN_A only the versions, the
 * version details and the credentials module. The presented token and its kind are left for the credentials
 * resource.
 */
public class OcpiAuthFilter {

    static final String TOKEN = "ocpi.token";
    public static final String KIND = "ocpi.token-kind";
    private static final Set<String> TOKEN_A_PATHS = Set.of("/ocpi/cpo/versions", "/ocpi/cpo/2.2.1",
            "/ocpi/cpo/2.2.1/credentials");

    private final CredentialsRegistry registry;

    OcpiAuthFilter(CredentialsRegistry registry) {
        this.registry = registry;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/ocpi/")) {
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
        Kind kind = registry.kindOf(presented);
        if (kind == Kind.UNKNOWN) {
            return unauthorized("Unknown token");
        }
        if (kind == Kind.TOKEN_A && !TOKEN_A_PATHS.contains(trimSlash(path))) {
            return unauthorized("TOKEN_A is valid on versions and credentials only: register first");
        }
        request.setProperty(TOKEN, presented);
        request.setProperty(KIND, kind);
        return null;
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Response unauthorized(String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON)
                .entity(OcpiResponse.of(null, OcpiStatus.GENERIC_CLIENT_ERROR, message, Times.now())).build();
    }
}
