package io.connect.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * W3C trace context across the outbox: the business transaction's {@code traceparent} is kept with the outbox
 * row, the relay publishes each row in a span that continues it and writes that span's {@code traceparent} as a
 * Kafka record header; consumers (the Kafka connector's receive span, then {@link #startProcessing}) continue
 * from the header. Without an active trace nothing is recorded and no header is written.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    @Inject
    Tracer tracer;

    /** The current span's W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or null without one. */
    public String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * A PRODUCER span for sending one outbox row, child of the transaction that wrote it, starting when the row
     * was written (so the time spent in the outbox shows). Null when the row carries no trace.
     */
    public Span startPublish(String traceparent, String topic, String eventId, String eventType, OffsetDateTime writtenAt) {
        if (traceparent == null) {
            return null;
        }
        Context parent = W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MapGetter.INSTANCE);
        return tracer.spanBuilder(topic + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setStartTimestamp(writtenAt.toInstant())
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", eventId)
                .setAttribute("cloudevents.event_type", eventType)
                .startSpan();
    }

    /** Writes {@code span}'s context as the record's {@code traceparent} (and {@code tracestate}) headers. */
    public void inject(Span span, Headers headers) {
        if (span == null) {
            return;
        }
        W3C.inject(Context.root().with(span), headers, (h, key, value) -> {
            h.remove(key);
            h.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A span for applying one consumed event, child of the current context (the connector's receive span). */
    public Span startProcessing(String consumer, String eventId, String eventType) {
        return tracer.spanBuilder(consumer + " process")
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", eventId == null ? "" : eventId)
                .setAttribute("cloudevents.event_type", eventType == null ? "" : eventType)
                .startSpan();
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
