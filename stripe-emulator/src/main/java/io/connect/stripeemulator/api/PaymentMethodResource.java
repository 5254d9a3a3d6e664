package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.PaymentMethodService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/v1/payment_methods")
public class PaymentMethodResource {

    @Inject
    StripeCall call;

    @Inject
    PaymentMethodService paymentMethods;

    @POST
    public Response create(@Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> paymentMethods.create(p));
    }

    /** Without customer Stripe lists Treasury payment methods, which the emulator has none of. */
    @GET
    public Response list(@Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> {
            p.allowOnly("customer", "type", "limit", "starting_after", "ending_before");
            String customer = p.text("customer");
            return ListPage.of("/v1/payment_methods",
                    customer == null ? List.of() : paymentMethods.forCustomer(customer, p.text("type")), p);
        });
    }

    @GET
    @Path("/{id}")
    public Response retrieve(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> paymentMethods.retrieve(id));
    }

    @POST
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> paymentMethods.update(id, p));
    }

    @POST
    @Path("/{id}/attach")
    public Response attach(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> paymentMethods.attach(id, p.allowOnly("customer").required("customer")));
    }

    @POST
    @Path("/{id}/detach")
    public Response detach(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> {
            p.allowOnly();
            return paymentMethods.detach(id);
        });
    }
}
