package io.connect.payment.domain;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import io.connect.payment.client.StripeInvoices;
import io.connect.payment.messaging.PaymentEvents;
import io.connect.payment.persistence.SessionChargeEntity;
import io.connect.payment.persistence.SessionChargeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of a session's remainder PaymentIntent: the off-session charge, or the one the user confirms on
 * session to pay a debt. The session is found by the PaymentIntent id stored with the charge, or by the
 * {@code session_id} metadata the charge code sets (a webhook may overtake that write). Holds (manual capture)
 * carry the same metadata but are never a remainder.
 */
@ApplicationScoped
public class DebtPayments {

    private static final Logger LOG = Logger.getLogger(DebtPayments.class);

    @Inject
    SessionChargeRepository charges;

    @Inject
    StripeInvoices invoices;

    @Inject
    PaymentEvents events;

    public Optional<SessionChargeEntity> sessionOf(PaymentIntent pi) {
        return QuarkusTransaction.requiringNew().call(() ->
                charges.byRemainderIntent(pi.getId()).or(() -> byMetadata(pi)));
    }

    private Optional<SessionChargeEntity> byMetadata(PaymentIntent pi) {
        if ("manual".equals(pi.getCaptureMethod()) || pi.getMetadata() == null) {
            return Optional.empty();
        }
        try {
            String sessionId = pi.getMetadata().get("session_id");
            return sessionId == null ? Optional.empty() : charges.findByIdOptional(UUID.fromString(sessionId));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** The Stripe invoice recorded as unpaid is marked paid out of band; best effort, billing holds the truth. */
    public void markInvoicePaid(SessionChargeEntity charge) {
        if (charge.stripeInvoiceId == null || !SessionChargeEntity.FAILED.equals(charge.status)) {
            return;
        }
        try {
            invoices.markPaidOutOfBand(charge.stripeInvoiceId, charge.sessionId);
        } catch (StripeException | RuntimeException e) {
            LOG.warnf("Stripe invoice %s of session %s not marked paid: %s", charge.stripeInvoiceId,
                    charge.sessionId, e.getMessage());
        }
    }

    /** Records the payment and announces it, in the caller's transaction. */
    public void succeeded(UUID sessionId, PaymentIntent pi) {
        // locked: otherwise this full-row write can undo the charge's own concurrent status change (seen under load:
        // the remainder's webhook put a finished charge back to "paid")
        SessionChargeEntity row = charges.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (row.remainderPaidAt == null) {
            row.remainderPaidAt = OffsetDateTime.now(ZoneOffset.UTC);
            row.updatedAt = row.remainderPaidAt;
        }
        events.intentSucceeded(row.userId, sessionId, pi.getId(), Money.fromCents(pi.getAmount()), pi.getCurrency());
        LOG.infof("remainder %s of session %s paid", pi.getId(), sessionId);
    }

    public void failed(UUID sessionId, PaymentIntent pi) {
        SessionChargeEntity row = charges.findById(sessionId);
        events.intentFailed(row.userId, sessionId, pi.getId(), Money.fromCents(pi.getAmount()), pi.getCurrency());
    }
}
