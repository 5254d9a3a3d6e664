package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.PaymentIntentService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/v1/payment_intents")
public class PaymentIntentResource {

    @Inject
    StripeCall call;

    @Inject
    PaymentIntentService paymentIntents;

    @POST
    public Response create(@Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> paymentIntents.create(p));
    }

    @GET
    public Response list(@Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> ListPage.of("/v1/payment_intents", paymentIntents.list(p), p));
    }

    @GET
    @Path("/{id}")
    public Response retrieve(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> paymentIntents.retrieve(id));
    }

    @POST
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> paymentIntents.update(id, p));
    }

    @POST
    @Path("/{id}/confirm")
    public Response confirm(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, customerPresent) -> paymentIntents.confirm(id, p, customerPresent));
    }

    @POST
    @Path("/{id}/capture")
    public Response capture(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> paymentIntents.capture(id, p));
    }

    @POST
    @Path("/{id}/cancel")
    public Response cancel(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> paymentIntents.cancel(id, p));
    }
}
