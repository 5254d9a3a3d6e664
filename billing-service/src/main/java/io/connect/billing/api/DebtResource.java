package io.connect.billing.api;

import io.connect.billing.domain.Money;
import io.connect.billing.persistence.Debt;
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

import java.util.List;
import java.util.Locale;

/** Open debts the user must pay on session with the PaymentIntent's client secret before charging again. */
@Path("/api/v1/users/{userId}/charging/debts/")
@Produces(MediaType.APPLICATION_JSON)
public class DebtResource {

    /** {@code client_secret} repeats the secret under the name the API-reference page uses. */
    public record DebtItem(String sessionId, String paymentIntentClientSecret, String clientSecret, String amount,
                           String currency) {

        static DebtItem of(Debt d) {
            return new DebtItem(d.sessionId.toString(), d.paymentIntentClientSecret, d.paymentIntentClientSecret,
                    Money.format(d.amount), debtCurrency(d.currency));
        }
    }

    /** Debts show their currency as Cariqa's debt list does: "EUR" (invoices and session costs keep Stripe's "eur"). */
    static String debtCurrency(String stored) {
        return stored.toUpperCase(Locale.ROOT);
    }

    @GET
    @Transactional
    public Page<DebtItem> list(@PathParam("userId") String userId,
                               @QueryParam("page") String page,
                               @QueryParam("page_size") String pageSize,
                               @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, pageSize);
        long count = Debt.countOpenOfUser(userId);
        List<DebtItem> items = Debt.openPageOfUser(userId, request.index(), request.pageSize()).stream()
                .map(DebtItem::of).toList();
        return Page.of(request, count, items, uri);
    }
}
