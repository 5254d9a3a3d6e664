package io.connect.charging.ocpi;

import io.connect.ocpi.transport.OcpiStatus;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/**
 * A CPO calls {@code /ocpi/...} with {@code Authorization: Token base64(token)}: the configured token B or the
 * token a credentials handshake gave it (the plain token is also accepted: OCPI 2.1 sent it unencoded and some
 * 2.2.1 implementations still do). A TOKEN_A we issued opens only versions, version details and credentials.
 * Runs on the worker thread (it may read the database); the identified caller is left on the request.
 */
public class OcpiAuthFilter {

    static final String CALLER = "ocpi.caller";
    private static final Set<String> TOKEN_A_PATHS = Set.of("/ocpi/emsp/versions", "/ocpi/emsp/2.2.1",
            "/ocpi/emsp/2.2.1/credentials");

    @Inject
    IncomingTokens tokens;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/ocpi/")) {
            return null;
        }
        Optional<IncomingTokens.Caller> caller = tokens.identify(request.getHeaderString(OcpiToken.HEADER));
        if (caller.isEmpty()) {
            return OcpiResponses.error(401, OcpiStatus.GENERIC_CLIENT_ERROR, "Unknown or missing token.");
        }
        if (caller.get().kind() == IncomingTokens.Kind.TOKEN_A && !TOKEN_A_PATHS.contains(trimSlash(path))) {
            return OcpiResponses.error(401, OcpiStatus.GENERIC_CLIENT_ERROR,
                    "TOKEN_A is valid on versions and credentials only: register first.");
        }
        request.setProperty(CALLER, caller.get());
        return null;
    }

    static IncomingTokens.Caller caller(ContainerRequestContext request) {
        return (IncomingTokens.Caller) request.getProperty(CALLER);
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
