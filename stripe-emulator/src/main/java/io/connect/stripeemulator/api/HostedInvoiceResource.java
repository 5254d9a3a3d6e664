package io.connect.stripeemulator.api;

import io.connect.stripeemulator.domain.Invoice;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The public pages behind hosted_invoice_url and invoice_pdf; like Stripe's, they exist once finalized. */
@Path("/")
public class HostedInvoiceResource {

    @Inject
    ObjectStore store;

    @GET
    @Path("i/{id}")
    @Produces("text/html; charset=utf-8")
    public String page(@PathParam("id") String id) {
        Invoice invoice = finalized(id);
        synchronized (invoice) {
            return InvoiceHtmlRenderer.render(invoice, invoice.invoicePdf);
        }
    }

    @GET
    @Path("invoice/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        Invoice invoice = finalized(id);
        byte[] pdf;
        synchronized (invoice) {
            pdf = InvoicePdfRenderer.render(invoice);
        }
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"Invoice-" + invoice.number + ".pdf\"").build();
    }

    private Invoice finalized(String id) {
        return store.find(Invoice.class, id).filter(i -> i.hostedInvoiceUrl != null)
                .orElseThrow(() -> new NotFoundException("No such invoice: '" + id + "'"));
    }
}
