package io.connect.payment.messaging;

import io.connect.payment.persistence.UserDebtRepository;
import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.events.CloudEventCodec.MalformedEventException;
import io.connect.platform.inbox.ResilientConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the open debts that stop a user from removing a payment method, from billing's debt events (other
 * billing events are skipped). A malformed event is logged and skipped; a failure of ours (database) is retried.
 */
@ApplicationScoped
public class BillingEventsConsumer {

    static final String CONSUMER = "payment-service.debts";
    static final String DEBT_OPENED = "billing.debt.opened.v1";
    static final String DEBT_SETTLED = "billing.debt.settled.v1";
    static final ResilientConsumer.Retries RETRIES =
            new ResilientConsumer.Retries(5, Duration.ofMillis(500), Duration.ofSeconds(10));
    private static final Logger LOG = Logger.getLogger(BillingEventsConsumer.class);

    @Inject
    ResilientConsumer inbox;

    @Inject
    CloudEventCodec codec;

    @Inject
    UserDebtRepository debts;

    @Incoming("billing-events")
    @Blocking
    public void consume(String value) {
        inbox.consume(CONSUMER, value, Set.of(DEBT_OPENED, DEBT_SETTLED), RETRIES, this::handle);
    }

    private void handle(CloudEvent event) {
        DebtEventData data = codec.data(event, DebtEventData.class);
        if (data.debtId() == null || data.userId() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks debt_id or user_id");
        }
        UUID userId = UUID.fromString(data.userId());
        if (DEBT_OPENED.equals(event.type())) {
            debts.opened(data.debtId(), userId, data.sessionId());
        } else {
            debts.settled(data.debtId(), userId, data.sessionId());
        }
        LOG.infof("%s: debt %s of user %s", event.type(), data.debtId(), userId);
    }
}
