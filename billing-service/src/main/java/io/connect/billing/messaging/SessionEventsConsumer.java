package io.connect.billing.messaging;

import io.connect.billing.domain.Invoicing;
import io.connect.billing.domain.Settlement;
import io.connect.billing.metrics.BillingMetrics;
import io.connect.billing.persistence.CompletedSession;
import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.ResilientConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bills {@code charging.session.completed.v1}: the invoice is written (and the event id recorded) in one
 * transaction; the payment follows after that commit, so a crash in between leaves a PENDING_PAYMENT invoice
 * for {@link io.connect.billing.domain.SettlementRetryJob}, never a lost bill. Other session event types are ignored.
 * A failure of ours (database) is retried for a minute, then fails the channel (readiness DOWN; the record is read
 * again after a restart).
 */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "billing-service.sessions";
    static final String SESSION_COMPLETED = "charging.session.completed.v1";
    static final ResilientConsumer.Retries RETRIES =
            new ResilientConsumer.Retries(20, Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Inject
    ResilientConsumer inbox;

    @Inject
    CloudEventCodec codec;

    @Inject
    Invoicing invoicing;

    @Inject
    Settlement settlement;

    @Inject
    BillingMetrics metrics;

    @Incoming("charging-sessions")
    @Blocking
    public void onSessionEvent(String value) {
        AtomicReference<Optional<UUID>> toSettle = new AtomicReference<>(Optional.empty());
        ResilientConsumer.Outcome outcome = inbox.consume(CONSUMER, value, Set.of(SESSION_COMPLETED), RETRIES, e -> {
            SessionCompletedData data = codec.data(e, SessionCompletedData.class);
            data.validate();
            CompletedSession.received(data.sessionId().toString(), data.userId(), e.id(), null);
            toSettle.set(invoicing.invoiceSession(data));
            metrics.invoiceCreated(e.time());
        });
        if (outcome.kind() == ResilientConsumer.Kind.UNUSABLE) {
            // Cannot be billed as sent; retrying would not change that. Needs a look by a human, and the
            // reconciliation report lists it (session_not_invoiced) from the row written here.
            recordUnbillable(outcome.event(), outcome.problem());
            return;
        }
        toSettle.get().ifPresent(settlement::settle);
    }

    private static void recordUnbillable(CloudEvent event, String problem) {
        String session = event.subject() != null && !event.subject().isBlank() ? event.subject() : "event:" + event.id();
        String user = event.data() == null ? null : event.data().path("user_id").asText(null);
        QuarkusTransaction.requiringNew().run(() -> CompletedSession.received(session, user, event.id(), problem));
    }
}
