package io.connect.billing.domain;

import io.connect.billing.messaging.BillingEvents;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;
import io.connect.billing.persistence.PaidIntent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Opens a debt when a session's payment failed, and settles it once the user paid it on session. */
@ApplicationScoped
public class DebtLedger {

    private static final Logger LOG = Logger.getLogger(DebtLedger.class);

    @Inject
    BillingEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Debt> open(Invoice invoice, BigDecimal amount, String paymentIntentId, String clientSecret) {
        if (amount.signum() <= 0) {
            LOG.warnf("invoice %s: payment failed but nothing is owed", invoice.id);
            return Optional.empty();
        }
        if (Debt.bySession(invoice.sessionId).isPresent()) {
            return Optional.empty();
        }
        Debt debt = new Debt();
        debt.id = UUID.randomUUID();
        debt.userId = invoice.userId;
        debt.sessionId = invoice.sessionId;
        debt.invoiceId = invoice.id;
        debt.amount = Money.cents(amount);
        debt.currency = invoice.currency;
        debt.paymentIntentId = paymentIntentId;
        debt.paymentIntentClientSecret = clientSecret;
        debt.status = DebtStatus.OPEN;
        debt.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        debt.persist();
        events.debtOpened(debt);
        if (PaidIntent.known(paymentIntentId)) {
            LOG.infof("debt %s of session %s was paid before it was opened", debt.id, debt.sessionId);
            // the caller issues the invoice right after this, with the status set here
            close(debt, false);
        }
        return Optional.of(debt);
    }

    /**
     * The user paid the session's debt (payment-service's {@code payment.intent.succeeded.v1}): the debt is
     * SETTLED, its invoice PAID, {@code billing.debt.settled.v1} and the invoice's {@code billing.invoice.issued.v1} (now
     * PAID) published, all in one transaction. Idempotent:
     * a settled debt, an unknown session or another PaymentIntent than the debt's changes nothing.
     *
     * @param paymentIntentId the PaymentIntent that was paid, or null when the caller does not know it
     */
    @Transactional
    public boolean settle(UUID sessionId, String paymentIntentId) {
        // The invoice lock orders this after a settlement that is opening the debt right now (it holds that lock).
        Invoice.lockedBySession(sessionId);
        Optional<Debt> found = Debt.bySessionLocked(sessionId);
        if (found.isEmpty()) {
            LOG.infof("payment %s for session %s: no debt (yet), remembered", paymentIntentId, sessionId);
            if (paymentIntentId != null) {
                PaidIntent.remember(paymentIntentId, sessionId);
            }
            return false;
        }
        Debt debt = found.get();
        if (debt.status == DebtStatus.SETTLED) {
            return false;
        }
        if (paymentIntentId != null && debt.paymentIntentId != null && !debt.paymentIntentId.equals(paymentIntentId)) {
            LOG.warnf("debt %s waits for payment intent %s, not %s; left open", debt.id, debt.paymentIntentId,
                    paymentIntentId);
            return false;
        }
        close(debt, true);
        return true;
    }

    private void close(Debt debt, boolean reissueInvoice) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        debt.status = DebtStatus.SETTLED;
        debt.settledAt = now;
        Invoice.lockedById(debt.invoiceId).ifPresent(invoice -> {
            invoice.status = InvoiceStatus.PAID;
            invoice.updatedAt = now;
            if (reissueInvoice) {
                events.invoiceReissued(invoice);
            }
        });
        events.debtSettled(debt);
        LOG.infof("debt %s of session %s settled", debt.id, debt.sessionId);
    }

    @Transactional
    public boolean settle(UUID sessionId) {
        return settle(sessionId, null);
    }
}
