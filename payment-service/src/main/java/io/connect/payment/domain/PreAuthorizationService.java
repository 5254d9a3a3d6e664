package io.connect.payment.domain;

import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import io.connect.payment.client.StripePaymentIntents;
import io.connect.payment.messaging.PaymentEvents;
import io.connect.payment.persistence.PreAuthorizationEntity;
import io.connect.payment.persistence.PreAuthorizationRepository;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Holds for charging sessions: a manual-capture PaymentIntent confirmed off-session. One per session id
 * (Stripe key {@code preauth-{session_id}} and our row), so a repeated request gets the first answer.
 */
@ApplicationScoped
public class PreAuthorizationService {

    @Inject
    PreAuthorizationRepository holds;

    @Inject
    PaymentMethodService paymentMethods;

    @Inject
    CustomerService customers;

    @Inject
    StripePaymentIntents intents;

    @Inject
    PaymentEvents events;

    /** @return the hold in status requires_capture; any other outcome is thrown as 402 pre_authorization_failed */
    public PreAuthorizationEntity authorize(PreAuthorizationRequest request) {
        PreAuthorizationEntity known = find(request.sessionId());
        if (known != null) {
            if (!known.userId.equals(request.userId())) {
                throw new ApiException(409, "Conflict.", ErrorType.VALIDATION_ERROR,
                        "session_id: this session already has a pre-authorisation for another user");
            }
            return outcome(known);
        }
        paymentMethods.get(request.userId(), request.paymentMethodId());
        String customerId = customers.ensureCustomer(request.userId());
        PreAuthorizationEntity hold = newHold(request);
        try {
            PaymentIntent pi = intents.hold(new StripePaymentIntents.Charge(request.sessionId(), customerId,
                    request.paymentMethodId(), Money.toCents(request.amount()), request.currency()),
                    "preauth-" + request.sessionId());
            applyIntent(hold, pi);
        } catch (CardException e) {
            PaymentIntent pi = e.getStripeError() == null ? null : e.getStripeError().getPaymentIntent();
            if ("authentication_required".equals(StripeFailures.code(e)) && pi != null) {
                // Off-session confirmation cannot do 3DS: the user confirms this PaymentIntent on session.
                hold.paymentIntentId = pi.getId();
                hold.clientSecret = pi.getClientSecret();
                hold.status = PreAuthorizationEntity.REQUIRES_ACTION;
            } else {
                hold.paymentIntentId = pi == null ? null : pi.getId();
                fail(hold, StripeFailures.message(e));
            }
        } catch (InvalidRequestException e) {
            fail(hold, StripeFailures.message(e));
        } catch (StripeException e) {
            throw StripeFailures.unavailable("place the pre-authorisation", e);
        }
        return outcome(store(hold));
    }

    public PreAuthorizationEntity release(UUID sessionId) {
        PreAuthorizationEntity hold = find(sessionId);
        if (hold == null) {
            throw ApiException.notFound("Pre-authorization");
        }
        if (PreAuthorizationEntity.RELEASED.equals(hold.status)) {
            return hold;
        }
        if (PreAuthorizationEntity.CAPTURED.equals(hold.status)) {
            throw new ApiException(409, "Conflict.", ErrorType.PAYMENT_ERROR,
                    "the pre-authorisation was already captured");
        }
        boolean held = hold.paymentIntentId != null && !PreAuthorizationEntity.FAILED.equals(hold.status);
        if (held) {
            cancelInStripe(hold.paymentIntentId, "release-" + sessionId);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            PreAuthorizationEntity row = holds.findById(sessionId);
            if (!PreAuthorizationEntity.RELEASED.equals(row.status)) {
                row.status = PreAuthorizationEntity.RELEASED;
                row.updatedAt = now();
                if (held) {
                    events.preAuthorizationReleased(row);
                }
            }
            return row;
        });
    }

    /** Cancels a PaymentIntent; one that is already canceled counts as done. */
    void cancelInStripe(String paymentIntentId, String idempotencyKey) {
        try {
            intents.cancel(paymentIntentId, idempotencyKey);
        } catch (InvalidRequestException e) {
            try {
                if (!"canceled".equals(intents.retrieve(paymentIntentId).getStatus())) {
                    throw new ApiException(409, "Conflict.", ErrorType.PAYMENT_ERROR,
                            "the hold cannot be released: " + StripeFailures.message(e));
                }
            } catch (StripeException again) {
                throw StripeFailures.unavailable("release the pre-authorisation", again);
            }
        } catch (StripeException e) {
            throw StripeFailures.unavailable("release the pre-authorisation", e);
        }
    }

    public PreAuthorizationEntity find(UUID sessionId) {
        return QuarkusTransaction.joiningExisting().call(() -> holds.findById(sessionId));
    }

    private static void applyIntent(PreAuthorizationEntity hold, PaymentIntent pi) {
        hold.paymentIntentId = pi.getId();
        switch (pi.getStatus()) {
            case "requires_capture" -> hold.status = PreAuthorizationEntity.REQUIRES_CAPTURE;
            case "requires_action" -> {
                hold.status = PreAuthorizationEntity.REQUIRES_ACTION;
                hold.clientSecret = pi.getClientSecret();
            }
            default -> fail(hold, pi.getLastPaymentError() != null && pi.getLastPaymentError().getMessage() != null
                    ? pi.getLastPaymentError().getMessage()
                    : "the payment intent ended in status " + pi.getStatus());
        }
    }

    private static void fail(PreAuthorizationEntity hold, String message) {
        hold.status = PreAuthorizationEntity.FAILED;
        hold.failureMessage = message;
    }

    /** Stores the first answer for the session; a concurrent request that stored first wins. */
    private PreAuthorizationEntity store(PreAuthorizationEntity hold) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = holds.getEntityManager().createNativeQuery(
                            "INSERT INTO pre_authorization (session_id, user_id, payment_method_id, payment_intent_id, "
                                    + "amount, currency, status, client_secret, failure_message, created_at, updated_at) "
                                    + "VALUES (:s, :u, :pm, :pi, :a, :c, :st, :cs, :fm, now(), now()) "
                                    + "ON CONFLICT DO NOTHING")
                    .setParameter("s", hold.sessionId)
                    .setParameter("u", hold.userId)
                    .setParameter("pm", hold.paymentMethodId)
                    .setParameter("pi", hold.paymentIntentId)
                    .setParameter("a", hold.amount)
                    .setParameter("c", hold.currency)
                    .setParameter("st", hold.status)
                    .setParameter("cs", hold.clientSecret)
                    .setParameter("fm", hold.failureMessage)
                    .executeUpdate();
            PreAuthorizationEntity stored = holds.findById(hold.sessionId);
            if (inserted == 1 && PreAuthorizationEntity.REQUIRES_CAPTURE.equals(stored.status)) {
                events.preAuthorizationCreated(stored);
            }
            return stored;
        });
    }

    private static PreAuthorizationEntity outcome(PreAuthorizationEntity hold) {
        switch (hold.status) {
            case PreAuthorizationEntity.REQUIRES_ACTION -> throw new ApiException(402, "Charging Error",
                    ErrorType.PRE_AUTHORIZATION_FAILED, "the card needs authentication (3D Secure) by the user")
                    .withErrorField("payment_intent_client_secret", hold.clientSecret);
            case PreAuthorizationEntity.FAILED -> throw new ApiException(402, "Charging Error",
                    ErrorType.PRE_AUTHORIZATION_FAILED, hold.failureMessage);
            default -> {
                return hold;
            }
        }
    }

    private static PreAuthorizationEntity newHold(PreAuthorizationRequest request) {
        PreAuthorizationEntity hold = new PreAuthorizationEntity();
        hold.sessionId = request.sessionId();
        hold.userId = request.userId();
        hold.paymentMethodId = request.paymentMethodId();
        hold.amount = request.amount();
        hold.currency = request.currency();
        return hold;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
