package io.connect.payment.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.net.Webhook;
import io.connect.payment.client.StripePaymentIntents;
import io.connect.payment.client.StripePaymentMethods;
import io.connect.payment.persistence.SessionChargeEntity;
import io.connect.payment.config.StripeConfig;
import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Stripe webhooks in: verified against the endpoint secret, each event applied once (its id recorded in
 * processed_event in the same transaction as the change). Handlers read the current object from Stripe rather
 * than trusting the event's copy, so events arriving late or out of order converge on Stripe's state.
 */
@ApplicationScoped
public class StripeWebhookHandler {

    static final String CONSUMER = "stripe-webhook";
    private static final Logger LOG = Logger.getLogger(StripeWebhookHandler.class);

    @Inject
    StripeConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    StripePaymentMethods stripeMethods;

    @Inject
    PaymentMethodService paymentMethods;

    @Inject
    StripePaymentIntents stripeIntents;

    @Inject
    DebtPayments debtPayments;

    /** @return whether the event changed something here (false: a replay, or a type we do not handle) */
    public boolean handle(String payload, String signatureHeader) {
        Event event = verify(payload, signatureHeader);
        JsonNode object = dataObject(payload);
        if (alreadyProcessed(event.getId())) {
            return false;
        }
        return switch (event.getType()) {
            case "setup_intent.succeeded" -> attach(event, text(object, "payment_method"));
            case "payment_method.attached" -> attach(event, text(object, "id"));
            case "payment_intent.succeeded" -> intentOutcome(event, text(object, "id"), true);
            case "payment_intent.payment_failed" -> intentOutcome(event, text(object, "id"), false);
            case "payment_method.detached" -> applyOnce(event, () -> paymentMethods.detachedInStripe(text(object, "id")));
            default -> applyOnce(event, () -> LOG.debugf("Stripe event %s (%s) not used", event.getId(), event.getType()));
        };
    }

    private Event verify(String payload, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw invalid("the Stripe-Signature header is missing");
        }
        try {
            return Webhook.constructEvent(payload, signatureHeader, config.webhookSecret(),
                    config.webhookToleranceSeconds());
        } catch (SignatureVerificationException e) {
            throw invalid("the signature does not match the payload or is too old");
        } catch (RuntimeException e) {
            // stripe-java throws Gson's JsonSyntaxException for a body that is not an event
            throw invalid("the body is not a Stripe event");
        }
    }

    private boolean attach(Event event, String paymentMethodId) {
        if (paymentMethodId == null) {
            return applyOnce(event, () -> LOG.infof("Stripe event %s names no payment method", event.getId()));
        }
        PaymentMethod pm;
        try {
            pm = stripeMethods.retrieve(paymentMethodId);
        } catch (StripeException e) {
            // Not recorded as processed: Stripe delivers the event again later.
            throw StripeFailures.unavailable("return payment method " + paymentMethodId, e);
        }
        return applyOnce(event, () -> paymentMethods.mirror(pm));
    }

    /** A session's remainder PaymentIntent succeeded or failed; other PaymentIntents (holds, foreign) are ignored. */
    private boolean intentOutcome(Event event, String paymentIntentId, boolean succeeded) {
        if (paymentIntentId == null) {
            return applyOnce(event, () -> LOG.infof("Stripe event %s names no payment intent", event.getId()));
        }
        PaymentIntent pi;
        try {
            pi = stripeIntents.retrieve(paymentIntentId);
        } catch (StripeException e) {
            // Not recorded as processed: Stripe delivers the event again later.
            throw StripeFailures.unavailable("read payment intent " + paymentIntentId, e);
        }
        Optional<SessionChargeEntity> charge = debtPayments.sessionOf(pi);
        boolean stillSo = succeeded == "succeeded".equals(pi.getStatus());
        if (charge.isEmpty() || !stillSo) {
            return applyOnce(event, () -> LOG.debugf("Stripe event %s: payment intent %s is no session remainder "
                    + "or has moved on (%s)", event.getId(), paymentIntentId, pi.getStatus()));
        }
        UUID sessionId = charge.get().sessionId;
        if (succeeded) {
            debtPayments.markInvoicePaid(charge.get());
            return applyOnce(event, () -> debtPayments.succeeded(sessionId, pi));
        }
        return applyOnce(event, () -> debtPayments.failed(sessionId, pi));
    }

    private boolean applyOnce(Event event, Runnable change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("INSERT INTO processed_event (consumer, event_id, processed_at) "
                            + "VALUES (:c, :e, now()) ON CONFLICT DO NOTHING")
                    .setParameter("c", CONSUMER)
                    .setParameter("e", event.getId())
                    .executeUpdate();
            if (inserted == 0) {
                return false;
            }
            change.run();
            return true;
        });
    }

    private boolean alreadyProcessed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "SELECT 1 FROM processed_event WHERE consumer = :c AND event_id = :e")
                .setParameter("c", CONSUMER)
                .setParameter("e", eventId)
                .getResultList().isEmpty());
    }

    private JsonNode dataObject(String payload) {
        try {
            return json.readTree(payload).path("data").path("object");
        } catch (IOException e) {
            throw invalid("the body is not JSON");
        }
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        if (value.isTextual()) {
            return value.asText();
        }
        // an expanded object
        return value.path("id").isTextual() ? value.path("id").asText() : null;
    }

    private static ApiException invalid(String why) {
        return new ApiException(400, "Invalid webhook.", ErrorType.VALIDATION_ERROR, why);
    }
}
