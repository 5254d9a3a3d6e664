package io.connect.billing.messaging;

import io.connect.billing.domain.Invoicing;
import io.connect.billing.domain.Settlement;
import io.connect.billing.metrics.BillingMetrics;
import io.connect.billing.persistence.CompletedSession;
import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.IdempotentConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bills {@code charging.session.completed.v1}: the invoice is written (and the event id recorded) in one
 * transaction; the payment follows after that commit, so a crash in between leaves a PENDING_PAYMENT invoice
 * for {@link io.connect.billing.domain.SettlementRetryJob}, never a lost bill. Other session event types are ignored.
 */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "billing-service.sessions";
    static final String SESSION_COMPLETED = "charging.session.completed.v1";
    private static final Logger LOG = Logger.getLogger(SessionEventsConsumer.class);

    @Inject
    IdempotentConsumer inbox;

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
        CloudEvent event;
        try {
            event = codec.read(value);
        } catch (CloudEventCodec.MalformedEventException e) {
            LOG.errorf("skipped a record that is not a CloudEvent: %s", e.getMessage());
            return;
        }
        if (!SESSION_COMPLETED.equals(event.type())) {
            return;
        }
        AtomicReference<Optional<UUID>> toSettle = new AtomicReference<>(Optional.empty());
        try {
            inbox.apply(CONSUMER, value, e -> {
                SessionCompletedData data = codec.data(e, SessionCompletedData.class);
                data.validate();
                CompletedSession.received(data.sessionId().toString(), data.userId(), e.id(), null);
                toSettle.set(invoicing.invoiceSession(data));
                metrics.invoiceCreated(e.time());
            });
        } catch (CloudEventCodec.MalformedEventException | IllegalArgumentException e) {
            // Cannot be billed as sent; retrying would not change that. Needs a look by a human, and the
            // reconciliation report lists it (session_not_invoiced) from the row written here.
            LOG.errorf("event %s (%s) cannot be billed, skipped: %s", event.id(), event.subject(), e.getMessage());
            String session = event.subject() != null && !event.subject().isBlank() ? event.subject() : "event:" + event.id();
            String user = event.data() == null ? null : event.data().path("user_id").asText(null);
            QuarkusTransaction.requiringNew().run(() -> CompletedSession.received(session, user, event.id(),
                    e.getMessage()));
            return;
        }
        toSettle.get().ifPresent(settlement::settle);
    }
}
