package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.SetupIntentService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/v1/setup_intents")
public class SetupIntentResource {

    @Inject
    StripeCall call;

    @Inject
    SetupIntentService setupIntents;

    @POST
    public Response create(@Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> setupIntents.create(p));
    }

    @GET
    @Path("/{id}")
    public Response retrieve(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> setupIntents.retrieve(id));
    }

    @POST
    @Path("/{id}/confirm")
    public Response confirm(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, customerPresent) -> setupIntents.confirm(id, p, customerPresent));
    }

    @POST
    @Path("/{id}/cancel")
    public Response cancel(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> setupIntents.cancel(id, p));
    }
}
