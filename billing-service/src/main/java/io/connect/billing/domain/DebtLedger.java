package io.connect.billing.domain;

import io.connect.billing.messaging.BillingEvents;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Opens a debt when a session's payment failed, and settles it once the user paid (issue 4 wires the latter). */
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
        return Optional.of(debt);
    }

    /**
     * The seam for DebtSettled (issue 4): a consumer of payment-service's "debt payment succeeded" event calls
     * this; it closes the debt, publishes {@code billing.debt.settled.v1} and, once no debt is left, the user
     * may charge again. Idempotent.
     */
    @Transactional
    public boolean settle(UUID sessionId) {
        Optional<Debt> found = Debt.bySession(sessionId);
        if (found.isEmpty() || found.get().status == DebtStatus.SETTLED) {
            return false;
        }
        Debt debt = found.get();
        debt.status = DebtStatus.SETTLED;
        debt.settledAt = OffsetDateTime.now(ZoneOffset.UTC);
        events.debtSettled(debt);
        return true;
    }
}
