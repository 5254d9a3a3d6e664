package io.connect.billing.api;

import io.connect.billing.domain.Money;
import io.connect.billing.persistence.Debt;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;

/**
 * Internal: does this user owe anything? charging-service asks before starting a session and puts this answer in
 * the 402's {@code debt_details}, so the currency is written as the debts list writes it (3 letters, upper case).
 */
@Path("/internal/v1/users/{userId}/open-debt")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDebtResource {

    static final String DEFAULT_CURRENCY = "EUR";

    public record OpenDebt(boolean hasOpenDebt, String amount, String currency, List<String> sessions) {
    }

    @GET
    @Transactional
    public OpenDebt openDebt(@PathParam("userId") String userId) {
        return of(userId);
    }

    /** Within a transaction. */
    static OpenDebt of(String userId) {
        List<Debt> open = Debt.openOfUser(userId);
        BigDecimal total = open.stream().map(d -> d.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String currency = open.isEmpty() ? DEFAULT_CURRENCY : DebtResource.debtCurrency(open.get(0).currency);
        return new OpenDebt(!open.isEmpty(), Money.format(total), currency,
                open.stream().map(d -> d.sessionId.toString()).toList());
    }
}
