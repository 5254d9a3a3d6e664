package io.connect.payment.api;

import io.connect.payment.domain.ChargeRequest;
import io.connect.payment.domain.ChargeService;
import io.connect.platform.errors.ApiException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;

/** For billing-service: charge a session's final amount (idempotent per session). */
@Path("/internal/v1/charges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalChargeResource {

    @Inject
    ChargeService charges;

    @POST
    public ChargeView charge(@Valid @NotNull ChargeBody body) {
        List<ChargeRequest.Line> lines = body.lines() == null ? List.of()
                : body.lines().stream().map(l -> new ChargeRequest.Line(l.description(), l.amount())).toList();
        if (!lines.isEmpty()) {
            BigDecimal sum = lines.stream().map(ChargeRequest.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(body.amount()) != 0) {
                throw ApiException.validation("lines", "the line amounts add up to " + sum.toPlainString()
                        + ", not to amount " + body.amount().toPlainString());
            }
        }
        return ChargeView.of(charges.charge(new ChargeRequest(body.sessionId(), body.userId(), body.invoiceId(),
                body.amount(), body.currency(), body.description(), lines)));
    }
}
