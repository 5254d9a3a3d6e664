package io.connect.user.api;

import io.connect.platform.api.Page;
import io.connect.platform.api.PageRequest;
import io.connect.platform.auth.PartnerContext;
import io.connect.platform.errors.ApiException;
import io.connect.platform.idempotency.Idempotency;
import io.connect.user.domain.UserService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.UUID;

/**
 * The partner's users (Cariqa's Users endpoints). The platform's PartnerAuthFilter has already checked the
 * token, and that a {user_id} in the path is this partner's; the service scopes every lookup again.
 */
@Path("/api/v1/users/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService users;

    @Inject
    PartnerContext partner;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    @Transactional
    public Page<UserView> list(@QueryParam("page") String page, @QueryParam("page_size") String pageSize,
                               @QueryParam("search") String search) {
        PageRequest request = PageRequest.parse(page, pageSize);
        long count = users.count(partnerId(), search);
        return Page.of(request, count, users.list(partnerId(), search, request), uri).map(UserView::of);
    }

    /** An {@code Idempotency-Key} makes a retried create answer the first user instead of making a second. */
    @POST
    public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, UserInput body) {
        UserInput input = body == null ? new UserInput(null, null, null) : body;
        return idempotency.execute(partner.partnerId(), idempotencyKey, "POST", uri.getPath(), input,
                () -> Response.status(201).entity(UserView.of(
                        users.create(partnerId(), input.email(), input.locale(), input.externalId()))).build());
    }

    @GET
    @Path("{id}/")
    public UserView get(@PathParam("id") String id) {
        return UserView.of(users.get(partnerId(), id));
    }

    @PATCH
    @Path("{id}/")
    public UserView update(@PathParam("id") String id, UserPatch body) {
        if (body == null) {
            throw ApiException.validation("body", "send a JSON object with the fields to change");
        }
        return UserView.of(users.update(partnerId(), id, body.toChanges()));
    }

    @DELETE
    @Path("{id}/")
    @ResponseStatus(204)
    public void delete(@PathParam("id") String id) {
        users.delete(partnerId(), id);
    }

    private UUID partnerId() {
        return UUID.fromString(partner.partnerId());
    }
}
