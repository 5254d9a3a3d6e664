package io.connect.billing.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.billing.client.ChargeRequest;
import io.connect.billing.client.ChargeResult;
import io.connect.billing.client.PaymentRejectedException;
import io.connect.billing.client.PaymentServiceClient;
import io.connect.billing.messaging.BillingEvents;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pays a PENDING_PAYMENT invoice through payment-service: capture of the hold plus any remainder off-session.
 * The call happens outside any transaction (no database connection held while Stripe works); the outcome is
 * applied in a new transaction that re-reads the invoice under a row lock, so two settlers (the consumer and
 * the retry job) never apply it twice. payment-service is idempotent per session, so a repeated call after a
 * crash returns the first outcome instead of charging again.
 */
@ApplicationScoped
public class Settlement {

    private static final Logger LOG = Logger.getLogger(Settlement.class);

    @Inject
    @RestClient
    PaymentServiceClient payments;

    @Inject
    BillingEvents events;

    @Inject
    DebtLedger debts;

    @Inject
    ObjectMapper mapper;

    /** @return the invoice status after this attempt */
    public InvoiceStatus settle(UUID invoiceId) {
        Invoice snapshot = QuarkusTransaction.requiringNew().call(() -> countAttempt(invoiceId));
        if (snapshot == null) {
            return null;
        }
        if (snapshot.status != InvoiceStatus.PENDING_PAYMENT) {
            return snapshot.status;
        }
        try {
            if (snapshot.summary.signum() == 0) {
                payments.release(snapshot.sessionId.toString());
                return QuarkusTransaction.requiringNew().call(() -> markPaidWithoutCharge(invoiceId));
            }
            ChargeResult result = charge(snapshot);
            return QuarkusTransaction.requiringNew().call(() -> apply(invoiceId, result));
        } catch (PaymentRejectedException e) {
            LOG.errorf("invoice %s (session %s) not settled, payment-service refused: %s", invoiceId,
                    snapshot.sessionId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf("invoice %s (session %s) not settled yet, will retry: %s", invoiceId, snapshot.sessionId,
                    e.toString());
        }
        return InvoiceStatus.PENDING_PAYMENT;
    }

    private Invoice countAttempt(UUID invoiceId) {
        Invoice invoice = Invoice.lockedById(invoiceId).orElse(null);
        if (invoice != null && invoice.status == InvoiceStatus.PENDING_PAYMENT) {
            invoice.attempts++;
            invoice.updatedAt = now();
        }
        return invoice;
    }

    private ChargeResult charge(Invoice invoice) {
        List<ChargeRequest.Line> lines = new ArrayList<>();
        addLine(lines, "Energy " + invoice.consumedEnergy.setScale(3, java.math.RoundingMode.HALF_UP).toPlainString()
                + " kWh", invoice.kwhCost);
        addLine(lines, "Charging time", invoice.timeCost);
        addLine(lines, "Session fee", invoice.sessionFeeCost);
        addLine(lines, "Blocking fee", invoice.blockingFeeCost);
        addLine(lines, "Starting fee", invoice.startingFeeCost);
        // payment-service checks that the lines add up to the amount; credits and discount are 0.00 until
        // they are introduced, and then travel as their own (signed) lines.
        if (invoice.credits.signum() != 0) {
            lines.add(new ChargeRequest.Line("Credits", Money.format(invoice.credits)));
        }
        if (invoice.discount.signum() != 0) {
            lines.add(new ChargeRequest.Line("Discount", Money.format(invoice.discount.negate())));
        }
        ChargeRequest request = new ChargeRequest(invoice.sessionId.toString(), invoice.userId, invoice.id.toString(),
                Money.format(invoice.summary), invoice.currency, "Charging session " + invoice.sessionId, lines);
        try {
            return payments.charge(request);
        } catch (PaymentRejectedException e) {
            // A 402 carrying a charge outcome is the same answer as a 200 "failed".
            ChargeResult parsed = parse(e.body());
            if (parsed != null && parsed.failed()) {
                return parsed;
            }
            throw e;
        }
    }

    private ChargeResult parse(String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readValue(body, ChargeResult.class);
        } catch (Exception notAChargeResult) {
            return null;
        }
    }

    private static void addLine(List<ChargeRequest.Line> lines, String description, BigDecimal amount) {
        if (amount != null && amount.signum() > 0) {
            lines.add(new ChargeRequest.Line(description, Money.format(amount)));
        }
    }

    private InvoiceStatus apply(UUID invoiceId, ChargeResult result) {
        Invoice invoice = Invoice.lockedById(invoiceId).orElseThrow();
        if (invoice.status != InvoiceStatus.PENDING_PAYMENT) {
            return invoice.status;
        }
        if (!result.succeeded() && !result.failed()) {
            LOG.errorf("invoice %s: payment-service answered status %s, left pending", invoiceId, result.status());
            return invoice.status;
        }
        invoice.stripeInvoiceId = result.stripeInvoiceId();
        invoice.hostedInvoiceUrl = result.hostedInvoiceUrl();
        invoice.invoicePdf = result.invoicePdf();
        invoice.updatedAt = now();
        if (result.succeeded()) {
            invoice.status = InvoiceStatus.PAID;
        } else {
            invoice.status = InvoiceStatus.PAYMENT_FAILED;
            events.paymentFailed(invoice, result.paymentIntentId());
            debts.open(invoice, owed(invoice, result), result.paymentIntentId(), result.paymentIntentClientSecret());
        }
        events.invoiceIssued(invoice);
        LOG.infof("invoice %s (session %s) %s", invoice.id, invoice.sessionId, invoice.status);
        return invoice.status;
    }

    private InvoiceStatus markPaidWithoutCharge(UUID invoiceId) {
        Invoice invoice = Invoice.lockedById(invoiceId).orElseThrow();
        if (invoice.status == InvoiceStatus.PENDING_PAYMENT) {
            invoice.status = InvoiceStatus.PAID;
            invoice.updatedAt = now();
            events.invoiceIssued(invoice);
        }
        return invoice.status;
    }

    /** What is still due: the remainder payment-service reports, else the total less what was captured. */
    static BigDecimal owed(Invoice invoice, ChargeResult result) {
        if (result.remainderAmount() != null && result.remainderAmount().signum() > 0) {
            return Money.cents(result.remainderAmount());
        }
        BigDecimal captured = result.capturedAmount() == null ? BigDecimal.ZERO : result.capturedAmount();
        return Money.cents(invoice.summary.subtract(captured).max(BigDecimal.ZERO));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
