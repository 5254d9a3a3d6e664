package io.connect.user.messaging;

import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.events.CloudEventCodec.MalformedEventException;
import io.connect.platform.inbox.ResilientConsumer;
import io.connect.user.domain.DebtLedger;
import io.connect.user.domain.Ids;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the open-debt list that blocks user deletion, from billing's debt events. Other billing events are
 * skipped. A malformed event is logged and skipped (it can never succeed); a failure of ours (database) is
 * retried, then left to the channel's failure strategy.
 */
@ApplicationScoped
public class BillingEventConsumer {

    static final String CONSUMER = "user-service.debts";
    static final String DEBT_OPENED = "billing.debt.opened.v1";
    static final String DEBT_SETTLED = "billing.debt.settled.v1";
    static final ResilientConsumer.Retries RETRIES =
            new ResilientConsumer.Retries(5, Duration.ofMillis(500), Duration.ofSeconds(10));
    private static final Logger LOG = Logger.getLogger(BillingEventConsumer.class);

    @Inject
    ResilientConsumer inbox;

    @Inject
    CloudEventCodec codec;

    @Inject
    DebtLedger ledger;

    @Incoming("billing-events")
    @Blocking
    public void consume(String value) {
        inbox.consume(CONSUMER, value, Set.of(DEBT_OPENED, DEBT_SETTLED), RETRIES, this::handle);
    }

    private void handle(CloudEvent event) {
        if (DEBT_OPENED.equals(event.type())) {
            opened(event);
        } else {
            settled(event);
        }
    }

    private void opened(CloudEvent event) {
        DebtOpenedData data = codec.data(event, DebtOpenedData.class);
        if (data.debtId() == null || data.amount() == null || data.currency() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks debt_id, amount or currency");
        }
        UUID userId = Ids.parse(data.userId()).orElseThrow(() ->
                new MalformedEventException(event.type() + " " + event.id() + " has no valid user_id"));
        ledger.opened(data.debtId(), userId, data.sessionId(), data.amount(), data.currency());
        LOG.infof("debt %s opened for user %s", data.debtId(), userId);
    }

    private void settled(CloudEvent event) {
        DebtSettledData data = codec.data(event, DebtSettledData.class);
        if (data.debtId() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks debt_id");
        }
        ledger.settled(data.debtId());
        LOG.infof("debt %s settled", data.debtId());
    }
}
