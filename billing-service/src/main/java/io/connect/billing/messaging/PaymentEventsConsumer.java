package io.connect.billing.messaging;

import io.connect.billing.domain.DebtLedger;
import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Settles a session's debt when payment-service reports its PaymentIntent paid ({@code payment.intent.succeeded.v1}
 * on connect.payments.v1). The debt and the event id commit together; other payment events are skipped, and an
 * event for a session without an open debt (never owed, already settled, not ours) changes nothing.
 */
@ApplicationScoped
public class PaymentEventsConsumer {

    static final String CONSUMER = "billing-service.payments";
    static final String INTENT_SUCCEEDED = "payment.intent.succeeded.v1";
    private static final Logger LOG = Logger.getLogger(PaymentEventsConsumer.class);

    @Inject
    IdempotentConsumer inbox;

    @Inject
    CloudEventCodec codec;

    @Inject
    DebtLedger debts;

    @Incoming("payments")
    @Blocking
    public void onPaymentEvent(String value) {
        CloudEvent event;
        try {
            event = codec.read(value);
        } catch (CloudEventCodec.MalformedEventException e) {
            LOG.errorf("skipped a payment record that is not a CloudEvent: %s", e.getMessage());
            return;
        }
        if (!INTENT_SUCCEEDED.equals(event.type())) {
            return;
        }
        try {
            inbox.apply(CONSUMER, value, e -> {
                PaymentIntentData data = codec.data(e, PaymentIntentData.class);
                if (data.sessionId() == null) {
                    throw new IllegalArgumentException("session_id is missing");
                }
                debts.settle(UUID.fromString(data.sessionId()), data.paymentIntentId());
            });
        } catch (CloudEventCodec.MalformedEventException | IllegalArgumentException e) {
            LOG.errorf("payment event %s cannot be applied, skipped: %s", event.id(), e.getMessage());
        }
    }
}
