package io.connect.user.api;

import io.connect.user.domain.UserService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/internal/v1/users/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class InternalUserResource {

    @Inject
    UserService users;

    @GET
    public InternalUserView get(@PathParam("id") String id) {
        return InternalUserView.of(users.anyUser(id));
    }
}
