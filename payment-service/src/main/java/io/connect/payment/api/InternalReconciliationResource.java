package io.connect.payment.api;

import io.connect.payment.domain.PaymentReconciliation;
import io.connect.platform.errors.ApiException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** For billing-service's reconciliation: what we (and Stripe) hold per session. A read, despite the POST. */
@Path("/internal/v1/reconciliation/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalReconciliationResource {

    @Inject
    PaymentReconciliation reconciliation;

    @POST
    public Map<String, List<SessionPaymentsView>> payments(@Valid @NotNull ReconciliationQuery query) {
        if (!query.chargedFrom().isBefore(query.chargedUntil())) {
            throw ApiException.validation("charged_from", "must be before charged_until");
        }
        return Map.of("sessions", reconciliation.facts(query));
    }
}
