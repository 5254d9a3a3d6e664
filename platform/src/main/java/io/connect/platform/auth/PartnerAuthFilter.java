package io.connect.platform.auth;

import io.connect.platform.errors.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every public endpoint ({@code /api/...}) needs a partner token: missing or unknown gives 403; a user id in
 * the path that belongs to another partner (or to nobody) gives 404, so partners cannot even learn that
 * another partner's user exists.
 */
public class PartnerAuthFilter {

    private static final Pattern USER_PATH = Pattern.compile("^/api/v\\d+/users/([^/]+)(/.*)?$");
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(PartnerAuthFilter.class);

    @Inject
    PartnerAuthenticator authenticator;

    @Inject
    PartnerContext partnerContext;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.length() == BEARER.length()) {
            return Uni.createFrom().item(refuse(ApiException.forbidden("Authentication credentials were not provided.")));
        }
        String token = header.substring(BEARER.length()).trim();
        Matcher m = USER_PATH.matcher(path);
        String userId = m.matches() ? m.group(1) : null;
        return authenticator.authenticate(token, userId).map(outcome -> switch (outcome.result()) {
            case OK -> {
                partnerContext.set(outcome.partnerId());
                yield null;
            }
            case UNKNOWN_TOKEN -> refuse(ApiException.forbidden("Invalid token."));
            case USER_NOT_FOUND -> refuse(ApiException.notFound("User"));
        }).onFailure().recoverWithItem(failure -> {
            // The token could not be checked (user-service down or slow): say so, never a 500 or a guess.
            LOG.warnf("partner token check failed: %s", failure.toString());
            return Response.fromResponse(refuse(ApiException.temporarilyUnavailable("authentication")))
                    .header("Retry-After", "1").build();
        });
    }

    private static Response refuse(ApiException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(e.body()).build();
    }
}
