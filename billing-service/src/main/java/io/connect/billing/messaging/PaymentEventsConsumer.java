package io.connect.billing.messaging;

import io.connect.billing.domain.DebtLedger;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.ResilientConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
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

    @Inject
    ResilientConsumer inbox;

    @Inject
    CloudEventCodec codec;

    @Inject
    DebtLedger debts;

    @Incoming("payments")
    @Blocking
    public void onPaymentEvent(String value) {
        inbox.consume(CONSUMER, value, Set.of(INTENT_SUCCEEDED), SessionEventsConsumer.RETRIES, e -> {
            PaymentIntentData data = codec.data(e, PaymentIntentData.class);
            if (data.sessionId() == null) {
                throw new IllegalArgumentException("session_id is missing");
            }
            debts.settle(UUID.fromString(data.sessionId()), data.paymentIntentId());
        });
    }
}
