package io.connect.billing.api;

import io.connect.billing.domain.Money;
import io.connect.billing.persistence.Invoice;
import io.connect.platform.api.Page;
import io.connect.platform.api.PageRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.time.OffsetDateTime;
import java.util.List;

/** The user's invoices, newest first (PartnerAuthFilter already checked that the user is this partner's). */
@Path("/api/v1/users/{userId}/invoices/")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    public record InvoiceItem(String link, String viewLink, String total, OffsetDateTime date, boolean refund,
                              String chargingSessionId, String currency) {

        static InvoiceItem of(Invoice i) {
            return new InvoiceItem(i.invoicePdf, i.hostedInvoiceUrl, Money.format(i.summary), i.createdAt, i.refund,
                    i.sessionId.toString(), i.currency);
        }
    }

    @GET
    @Transactional
    public Page<InvoiceItem> list(@PathParam("userId") String userId,
                                  @QueryParam("page") String page,
                                  @QueryParam("page_size") String pageSize,
                                  @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, pageSize);
        long count = Invoice.countOfUser(userId);
        List<InvoiceItem> items = Invoice.pageOfUser(userId, request.index(), request.pageSize()).stream()
                .map(InvoiceItem::of).toList();
        return Page.of(request, count, items, uri);
    }
}
