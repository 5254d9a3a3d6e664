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

@Path("/v1/invoices")
public class InvoiceResource {

    @Inject
    StripeCall call;

    @Inject
    InvoiceService invoices;

    @POST
    public Response create(@Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> invoices.create(p));
    }

    @GET
    public Response list(@Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> ListPage.of("/v1/invoices", invoices.list(p), p));
    }

    @GET
    @Path("/{id}")
    public Response retrieve(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u) {
        return call.read(h, u, (p, pk) -> invoices.retrieve(id));
    }

    @POST
    @Path("/{id}/finalize")
    public Response finalizeInvoice(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u,
            String body) {
        return call.post(h, u, body, (p, pk) -> invoices.finalizeInvoice(id, p));
    }

    @POST
    @Path("/{id}/pay")
    public Response pay(@PathParam("id") String id, @Context HttpHeaders h, @Context UriInfo u, String body) {
        return call.post(h, u, body, (p, pk) -> invoices.pay(id, p));
    }
}
