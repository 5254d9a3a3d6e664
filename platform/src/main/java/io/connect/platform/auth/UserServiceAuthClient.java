package io.connect.platform.auth;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** user-service's token check; configured as {@code quarkus.rest-client.user-service.url}. */
@RegisterRestClient(configKey = "user-service")
@RegisterClientHeaders(InternalAuthHeaders.class)
@Path("/internal/v1/auth/check")
public interface UserServiceAuthClient {

    @POST
    Uni<TokenCheckResponse> check(TokenCheckRequest request);
}
