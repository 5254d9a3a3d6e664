package io.connect.platform.it;

import io.connect.platform.inbox.IdempotentConsumer;
import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Consumes the probe topic the way every service consumes its topics, remembering the trace seen by the handler. */
@ApplicationScoped
public class ProbeConsumer {

    static final String CONSUMER = "platform-test.probe";

    /** What the handler saw while applying an event: the current span and the logging MDC. */
    record Seen(String traceId, String spanId, Object mdcTraceId, Object mdcSpanId) {
    }

    static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    @Inject
    IdempotentConsumer inbox;

    @Incoming("trace-probe")
    @Blocking
    public void consume(String value) {
        inbox.apply(CONSUMER, value, event -> {
            Span span = Span.current();
            SEEN.put(event.id(), new Seen(span.getSpanContext().getTraceId(), span.getSpanContext().getSpanId(),
                    MDC.get("traceId"), MDC.get("spanId")));
        });
    }
}
