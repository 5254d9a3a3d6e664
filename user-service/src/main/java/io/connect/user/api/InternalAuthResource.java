package io.connect.user.api;

import io.connect.platform.auth.AuthOutcome;
import io.connect.platform.auth.TokenCheckRequest;
import io.connect.platform.auth.TokenCheckResponse;
import io.connect.platform.errors.ApiException;
import io.connect.user.domain.TokenChecker;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The token check every other service's PartnerAuthFilter asks (guarded by the platform's InternalAuthFilter). */
@Path("/internal/v1/auth/check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalAuthResource {

    @Inject
    TokenChecker checker;

    @POST
    public TokenCheckResponse check(TokenCheckRequest body) {
        if (body == null) {
            throw ApiException.validation("token", "this field is required");
        }
        AuthOutcome outcome = checker.check(body.token(), body.userId());
        return new TokenCheckResponse(outcome.result().name(), outcome.partnerId());
    }
}
