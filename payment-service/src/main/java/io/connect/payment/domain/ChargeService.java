package io.connect.payment.domain;

import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.model.PaymentIntent;
import io.connect.payment.client.StripeInvoices;
import io.connect.payment.client.StripePaymentIntents;
import io.connect.payment.messaging.PaymentEvents;
import io.connect.payment.persistence.PreAuthorizationEntity;
import io.connect.payment.persistence.PreAuthorizationRepository;
import io.connect.payment.persistence.SessionChargeEntity;
import io.connect.payment.persistence.SessionChargeRepository;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The final charge of a session: capture at most the hold (or release it when nothing is owed), charge any
 * remainder off-session, and record a Stripe invoice paid out of band. Each step's result is saved as soon
 * as it is known and every Stripe write carries a key derived from the session id, so a repeat returns the
 * stored result and a retry after a crash continues where it stopped.
 */
@ApplicationScoped
public class ChargeService {

    private static final Logger LOG = Logger.getLogger(ChargeService.class);

    @Inject
    SessionChargeRepository charges;

    @Inject
    PreAuthorizationRepository holds;

    @Inject
    PreAuthorizationService preAuthorizations;

    @Inject
    CustomerService customers;

    @Inject
    StripePaymentIntents intents;

    @Inject
    StripeInvoices invoices;

    @Inject
    PaymentEvents events;

    public SessionChargeEntity charge(ChargeRequest request) {
        SessionChargeEntity row = start(request);
        if (row.finished()) {
            return row;
        }
        PreAuthorizationEntity hold = preAuthorizations.find(request.sessionId());
        if (hold == null) {
            throw ApiException.notFound("Pre-authorization");
        }
        if (!hold.userId.equals(request.userId())) {
            throw new ApiException(409, "Conflict.", ErrorType.VALIDATION_ERROR,
                    "user_id: the session's pre-authorisation belongs to another user");
        }
        String customerId = customers.ensureCustomer(request.userId());
        if (SessionChargeEntity.PROCESSING.equals(row.status)) {
            if (row.capturedAmount == null) {
                row = settleHold(row, hold);
            }
            row = chargeRemainder(row, hold, customerId);
        }
        return recordInvoice(row, customerId, lines(request));
    }

    private SessionChargeEntity start(ChargeRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            charges.getEntityManager().createNativeQuery(
                            "INSERT INTO session_charge (session_id, user_id, invoice_id, amount, currency, status, "
                                    + "created_at, updated_at) VALUES (:s, :u, :i, :a, :c, :st, now(), now()) "
                                    + "ON CONFLICT DO NOTHING")
                    .setParameter("s", request.sessionId())
                    .setParameter("u", request.userId())
                    .setParameter("i", request.invoiceId())
                    .setParameter("a", request.amount())
                    .setParameter("c", request.currency())
                    .setParameter("st", SessionChargeEntity.PROCESSING)
                    .executeUpdate();
            SessionChargeEntity row = charges.findById(request.sessionId());
            if (!row.userId.equals(request.userId()) || row.amount.compareTo(request.amount()) != 0
                    || !row.currency.equals(request.currency())) {
                throw new ApiException(409, "Conflict.", ErrorType.VALIDATION_ERROR,
                        "session_id: this session was already charged with another user, amount or currency");
            }
            return row;
        });
    }

    /** Step 1: capture min(amount, hold), or release the hold when nothing is owed. */
    private SessionChargeEntity settleHold(SessionChargeEntity row, PreAuthorizationEntity hold) {
        BigDecimal amount = row.amount;
        boolean usable = holdUsable(hold);
        BigDecimal captured = BigDecimal.ZERO.setScale(2);
        if (amount.signum() == 0) {
            if (usable) {
                preAuthorizations.cancelInStripe(hold.paymentIntentId, "release-" + row.sessionId);
                updateHold(hold.sessionId, h -> {
                    h.status = PreAuthorizationEntity.RELEASED;
                    events.preAuthorizationReleased(h);
                });
            }
        } else if (usable) {
            BigDecimal toCapture = amount.min(hold.amount);
            try {
                intents.capture(hold.paymentIntentId, Money.toCents(toCapture), "capture-" + row.sessionId);
                captured = toCapture;
                BigDecimal capturedNow = toCapture;
                updateHold(hold.sessionId, h -> {
                    h.status = PreAuthorizationEntity.CAPTURED;
                    h.capturedAmount = capturedNow;
                });
            } catch (CardException | InvalidRequestException e) {
                // The hold is gone (expired, canceled) or was refused: the whole amount becomes the remainder.
                LOG.warnf("capture of %s for session %s failed: %s", hold.paymentIntentId, row.sessionId,
                        StripeFailures.message(e));
            } catch (StripeException e) {
                throw StripeFailures.unavailable("capture the pre-authorisation", e);
            }
        }
        BigDecimal capturedAmount = captured;
        return update(row.sessionId, r -> {
            r.capturedAmount = capturedAmount;
            r.remainderAmount = r.amount.subtract(capturedAmount);
        });
    }

    /** Step 2: charge what the hold did not cover off-session; a failure leaves a PaymentIntent for the user. */
    private SessionChargeEntity chargeRemainder(SessionChargeEntity row, PreAuthorizationEntity hold,
                                                String customerId) {
        if (row.remainderAmount.signum() == 0) {
            return update(row.sessionId, r -> r.status = SessionChargeEntity.PAID);
        }
        StripePaymentIntents.Charge charge = new StripePaymentIntents.Charge(row.sessionId, customerId,
                hold.paymentMethodId, Money.toCents(row.remainderAmount), row.currency);
        PaymentIntent pi;
        try {
            pi = intents.chargeOffSession(charge, "remainder-" + row.sessionId);
        } catch (CardException e) {
            pi = e.getStripeError() == null ? null : e.getStripeError().getPaymentIntent();
            LOG.infof("off-session charge for session %s declined: %s", row.sessionId, StripeFailures.message(e));
        } catch (InvalidRequestException e) {
            pi = null;
            LOG.warnf("off-session charge for session %s refused: %s", row.sessionId, StripeFailures.message(e));
        } catch (StripeException e) {
            throw StripeFailures.unavailable("charge the remainder", e);
        }
        if (pi == null) {
            pi = intentForUser(charge);
        }
        PaymentIntent outcome = pi;
        return update(row.sessionId, r -> {
            boolean paid = outcome != null && "succeeded".equals(outcome.getStatus());
            r.remainderPaymentIntentId = outcome == null ? null : outcome.getId();
            r.remainderClientSecret = paid || outcome == null ? null : outcome.getClientSecret();
            r.status = paid ? SessionChargeEntity.PAID : SessionChargeEntity.UNPAID;
        });
    }

    /**
     * A PaymentIntent the user confirms on session. Null when Stripe refuses even that (an amount below Stripe's
     * minimum, a card no longer attached): the charge then fails without one and billing keeps the debt.
     */
    private PaymentIntent intentForUser(StripePaymentIntents.Charge charge) {
        try {
            return intents.createForUserConfirmation(charge, "debt-" + charge.sessionId());
        } catch (InvalidRequestException e) {
            LOG.warnf("no payment intent can be created for session %s: %s", charge.sessionId(),
                    StripeFailures.message(e));
            return null;
        } catch (StripeException e) {
            throw StripeFailures.unavailable("create the payment intent for the user", e);
        }
    }

    /** Step 3: the invoice document, finalised; marked paid out of band when the money was collected. */
    private SessionChargeEntity recordInvoice(SessionChargeEntity row, String customerId, List<ChargeRequest.Line> lines) {
        try {
            String invoiceId = row.stripeInvoiceId;
            if (invoiceId == null) {
                String created = invoices.createDraft(customerId, row.sessionId, row.invoiceId, row.currency,
                        "Charging session " + row.sessionId).getId();
                update(row.sessionId, r -> r.stripeInvoiceId = created);
                invoiceId = created;
            }
            for (int i = 0; i < lines.size(); i++) {
                ChargeRequest.Line line = lines.get(i);
                invoices.addItem(customerId, invoiceId, row.currency, Money.toCents(line.amount()),
                        line.description(), "invoice-" + row.sessionId + "-line-" + i);
            }
            Invoice invoice = invoices.finalizeInvoice(invoiceId, row.sessionId);
            boolean paid = SessionChargeEntity.PAID.equals(row.status);
            if (paid && !"paid".equals(invoice.getStatus())) {
                invoice = invoices.markPaidOutOfBand(invoiceId, row.sessionId);
            }
            Invoice done = invoice;
            return update(row.sessionId, r -> {
                r.hostedInvoiceUrl = done.getHostedInvoiceUrl();
                r.invoicePdf = done.getInvoicePdf();
                r.status = paid ? SessionChargeEntity.SUCCEEDED : SessionChargeEntity.FAILED;
            });
        } catch (StripeException e) {
            throw StripeFailures.unavailable("record the invoice", e);
        }
    }

    /** A hold can be captured when Stripe holds the money; a 3DS hold the user has since confirmed counts too. */
    private boolean holdUsable(PreAuthorizationEntity hold) {
        if (PreAuthorizationEntity.REQUIRES_CAPTURE.equals(hold.status)) {
            return true;
        }
        if (PreAuthorizationEntity.REQUIRES_ACTION.equals(hold.status) && hold.paymentIntentId != null) {
            try {
                return "requires_capture".equals(intents.retrieve(hold.paymentIntentId).getStatus());
            } catch (StripeException e) {
                throw StripeFailures.unavailable("read the pre-authorisation", e);
            }
        }
        return false;
    }

    private static List<ChargeRequest.Line> lines(ChargeRequest request) {
        if (request.lines() == null || request.lines().isEmpty()) {
            String description = request.description() == null ? "Charging session" : request.description();
            return List.of(new ChargeRequest.Line(description, request.amount()));
        }
        return request.lines();
    }

    private SessionChargeEntity update(UUID sessionId, Consumer<SessionChargeEntity> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // locked: the whole row is written back, and a Stripe webhook may be updating it at the same moment
            SessionChargeEntity row = charges.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
            change.accept(row);
            row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return row;
        });
    }

    private void updateHold(UUID sessionId, Consumer<PreAuthorizationEntity> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            PreAuthorizationEntity hold = holds.findById(sessionId);
            change.accept(hold);
            hold.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        });
    }
}
