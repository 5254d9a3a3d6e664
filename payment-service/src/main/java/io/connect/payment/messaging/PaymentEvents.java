package io.connect.payment.messaging;

import io.connect.payment.domain.Money;
import io.connect.payment.persistence.PaymentMethodEntity;
import io.connect.payment.persistence.PreAuthorizationEntity;
import io.connect.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.UUID;

/** Events of connect.payments.v1 (key: user id), written to the outbox in the caller's transaction. */
@ApplicationScoped
public class PaymentEvents {

    public static final String METHOD_ATTACHED = "payment.method.attached.v1";
    public static final String METHOD_DETACHED = "payment.method.detached.v1";
    public static final String PREAUTH_CREATED = "payment.preauthorization.created.v1";
    public static final String PREAUTH_RELEASED = "payment.preauthorization.released.v1";
    public static final String INTENT_SUCCEEDED = "payment.intent.succeeded.v1";
    public static final String INTENT_FAILED = "payment.intent.failed.v1";

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "connect.topics.payments")
    String topic;

    public void methodAttached(PaymentMethodEntity pm) {
        methodEvent(METHOD_ATTACHED, pm);
    }

    public void methodDetached(PaymentMethodEntity pm) {
        methodEvent(METHOD_DETACHED, pm);
    }

    public void preAuthorizationCreated(PreAuthorizationEntity hold) {
        preAuthorizationEvent(PREAUTH_CREATED, hold);
    }

    public void preAuthorizationReleased(PreAuthorizationEntity hold) {
        preAuthorizationEvent(PREAUTH_RELEASED, hold);
    }

    /** The user paid a session's remainder PaymentIntent (settles billing's debt). */
    public void intentSucceeded(UUID userId, UUID sessionId, String paymentIntentId, BigDecimal amount, String currency) {
        intentEvent(INTENT_SUCCEEDED, userId, sessionId, paymentIntentId, amount, currency);
    }

    public void intentFailed(UUID userId, UUID sessionId, String paymentIntentId, BigDecimal amount, String currency) {
        intentEvent(INTENT_FAILED, userId, sessionId, paymentIntentId, amount, currency);
    }

    private void intentEvent(String type, UUID userId, UUID sessionId, String paymentIntentId, BigDecimal amount,
                             String currency) {
        String user = userId.toString();
        outbox.publish(topic, user, type, sessionId.toString(), new PaymentIntentEventData(sessionId.toString(), user,
                paymentIntentId, Money.format(amount), currency));
    }

    private void methodEvent(String type, PaymentMethodEntity pm) {
        String userId = pm.userId.toString();
        outbox.publish(topic, userId, type, pm.id, new PaymentMethodEventData(userId, pm.id, pm.brand, pm.last4));
    }

    private void preAuthorizationEvent(String type, PreAuthorizationEntity hold) {
        String userId = hold.userId.toString();
        outbox.publish(topic, userId, type, hold.sessionId.toString(), new PreAuthorizationEventData(
                hold.sessionId.toString(), userId, hold.paymentIntentId, Money.format(hold.amount), hold.currency));
    }
}
