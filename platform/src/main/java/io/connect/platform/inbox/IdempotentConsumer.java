package io.connect.platform.inbox;

import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.tracing.EventTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * Applies an event at most once per consumer: the dedup row and the handler's changes commit together,
 * so a redelivered event (Kafka is at-least-once) is skipped, and a handler that fails leaves no dedup row.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;

    @Inject
    CloudEventCodec codec;

    @Inject
    MeterRegistry registry;

    @Inject
    EventTracing tracing;

    /**
     * @return true when the handler ran, false when the event had been applied before
     */
    @Transactional
    public boolean apply(String consumer, String recordValue, Consumer<CloudEvent> handler) {
        CloudEvent event = codec.read(recordValue);
        Span span = tracing.startProcessing(consumer, event.id(), event.type());
        try (Scope ignored = span.makeCurrent()) {
            boolean applied = applyOnce(consumer, event, handler);
            span.setAttribute("connect.outcome", applied ? "applied" : "duplicate");
            return applied;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private boolean applyOnce(String consumer, CloudEvent event, Consumer<CloudEvent> handler) {
        int inserted = em.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (:c, :e, now()) "
                                + "ON CONFLICT DO NOTHING")
                .setParameter("c", consumer)
                .setParameter("e", event.id())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("%s: event %s (%s) already applied, skipped", consumer, event.id(), event.type());
            count(consumer, event, "duplicate");
            return false;
        }
        handler.accept(event);
        count(consumer, event, "applied");
        return true;
    }

    /** {@code connect_events_consumed_total}: tags are the consumer name and the event type, both fixed sets. */
    private void count(String consumer, CloudEvent event, String outcome) {
        registry.counter("connect.events.consumed", "consumer", consumer,
                "type", event.type() == null ? "unknown" : event.type(), "outcome", outcome).increment();
    }
}
