package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.CustomerService;
import io.connect.stripeemulator.domain.PaymentMethodService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/v1/customers")
public class CustomerResource {

    @Inject
    StripeCall call;

    @Inject
    CustomerService customers;

    @Inject
    PaymentMethodService paymentMethods;

    @POST
    public Response create(@Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> customers.create(p));
    }

    @GET
    public Response list(@Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> ListPage.of("/v1/customers", customers.list(p), p));
    }

    @GET
    @Path("/{id}")
    public Response retrieve(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> customers.require(id, "id"));
    }

    @POST
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> customers.update(id, p));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> customers.delete(id));
    }

    @GET
    @Path("/{id}/payment_methods")
    public Response paymentMethods(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> {
            p.allowOnly("type", "limit", "starting_after", "ending_before", "allow_redisplay");
            return ListPage.of("/v1/customers/" + id + "/payment_methods",
                    paymentMethods.forCustomer(id, p.text("type")), p);
        });
    }

    @GET
    @Path("/{id}/payment_methods/{pm}")
    public Response paymentMethod(@PathParam("id") String id, @PathParam("pm") String pm, @Context HttpHeaders h,
            @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> paymentMethods.ofCustomer(id, pm));
    }
}
