package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.InvoiceService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/v1/invoiceitems")
public class InvoiceItemResource {

    @Inject
    StripeCall call;

    @Inject
    InvoiceService invoices;

    @POST
    public Response create(@Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> invoices.createItem(p));
    }

    @GET
    @Path("/{id}")
    public Response retrieve(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> invoices.retrieveItem(id));
    }
}
