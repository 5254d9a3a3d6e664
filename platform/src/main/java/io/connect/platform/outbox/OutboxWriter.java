package io.connect.platform.outbox;

import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.tracing.EventTracing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the outbox inside the caller's transaction, so the event exists if and only if the
 * state change that caused it committed. {@link OutboxRelay} sends it to Kafka afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    EntityManager em;

    @Inject
    CloudEventCodec codec;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    EventTracing tracing;

    @ConfigProperty(name = "connect.service-name")
    String serviceName;

    /**
     * @param topic        Kafka topic
     * @param partitionKey record key: events with the same key keep their order (a session id, a user id)
     * @param type         versioned CloudEvents type, e.g. {@code charging.session.completed.v1}
     * @param subject      what the event is about (usually the same id as the key)
     * @param data         the payload, serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String partitionKey, String type, String subject, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/connect/" + serviceName, type, subject, OffsetDateTime.now(ZoneOffset.UTC), CloudEvent.JSON,
                partitionKey, codec.toTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.partitionKey = partitionKey;
        row.type = type;
        row.payload = codec.write(event);
        row.createdAt = event.time();
        row.traceparent = tracing.currentTraceparent();
        em.persist(row);
        written.fire(new OutboxWritten());
        return event;
    }

    /** Fired inside the transaction; the relay observes it after a successful commit to send without waiting for its poll. */
    public record OutboxWritten() {
    }
}
