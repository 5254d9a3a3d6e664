package io.connect.platform.it;

import io.connect.platform.tracing.EventTracing;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One business transaction's W3C trace context goes HTTP request → outbox row → Kafka record header → the
 * consumer's span and logging MDC, on the real PostgreSQL and Kafka; the recorded spans form one chain.
 */
@QuarkusTest
@WithTestResource(PlatformInfraResource.class)
class TraceparentTravelsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    CollectedSpans collected;

    @Test
    void the_callers_trace_is_kept_in_the_outbox_sent_as_a_header_and_continued_by_the_consumer() {
        String traceId = hex(16);
        String callerSpanId = hex(8);
        try (KafkaConsumer<String, String> topic = tail(PlatformInfraResource.PROBE_TOPIC)) {
            String eventId = given().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                    .post("/test/probe-events").then().statusCode(200).extract().asString();

            String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                            "SELECT traceparent FROM outbox_event WHERE id = CAST(?1 AS uuid)")
                    .setParameter(1, eventId).getSingleResult());
            assertNotNull(stored, "the outbox row keeps the transaction's traceparent");
            assertEquals(traceId, traceIdOf(stored));
            assertNotEquals(callerSpanId, spanIdOf(stored), "the row names the server span, a child of the caller's");

            ConsumerRecord<String, String> record = awaitRecord(topic, eventId);
            Header header = record.headers().lastHeader(EventTracing.TRACEPARENT);
            assertNotNull(header, "the relay writes a traceparent header");
            String sent = new String(header.value(), StandardCharsets.UTF_8);
            assertEquals(traceId, traceIdOf(sent));

            ProbeConsumer.Seen seen = await(() -> ProbeConsumer.SEEN.get(eventId), Duration.ofSeconds(30),
                    "the consumer applied " + eventId);
            assertEquals(traceId, seen.traceId(), "the consumer's span continues the trace");
            assertEquals(traceId, seen.mdcTraceId(), "log lines written while consuming carry the trace id");
            assertEquals(seen.spanId(), seen.mdcSpanId());

            List<SpanData> chain = await(() -> chainFrom(traceId, seen.spanId()), Duration.ofSeconds(10),
                    "the spans from the consumer back to the caller were exported");
            SpanData processing = chain.get(0);
            assertEquals(ProbeConsumer.CONSUMER + " process", processing.getName());
            SpanData publish = chain.stream().filter(s -> s.getKind() == SpanKind.PRODUCER
                    && s.getName().equals(PlatformInfraResource.PROBE_TOPIC + " publish")).findFirst()
                    .orElseThrow(() -> new AssertionError("no relay publish span in " + names(chain)));
            assertEquals(spanIdOf(sent), publish.getSpanId(), "the header names the relay's publish span");
            assertEquals(spanIdOf(stored), publish.getParentSpanId(), "the publish span continues the stored context");
            assertTrue(chain.stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER), "a Kafka receive span: " + names(chain));
            SpanData server = chain.get(chain.size() - 1);
            assertEquals(SpanKind.SERVER, server.getKind(), "the chain starts at the HTTP request: " + names(chain));
            assertEquals(callerSpanId, server.getParentSpanId());
        }
    }

    /** The spans from {@code spanId} up to the root of what this app recorded; empty until all are exported. */
    private List<SpanData> chainFrom(String traceId, String spanId) {
        Map<String, SpanData> byId = collected.ofTrace(traceId).stream()
                .collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (a, b) -> a));
        List<SpanData> chain = new java.util.ArrayList<>();
        SpanData span = byId.get(spanId);
        while (span != null) {
            chain.add(span);
            span = byId.get(span.getParentSpanId());
        }
        boolean complete = !chain.isEmpty() && chain.get(chain.size() - 1).getKind() == SpanKind.SERVER;
        return complete ? chain : null;
    }

    private static String names(List<SpanData> spans) {
        return spans.stream().map(s -> s.getName() + "(" + s.getKind() + ")").toList().toString();
    }

    private static KafkaConsumer<String, String> tail(String topicName) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", PlatformInfraResource.KAFKA,
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topicName).stream()
                .map(p -> new TopicPartition(topicName, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static ConsumerRecord<String, String> awaitRecord(KafkaConsumer<String, String> consumer, String eventId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                Header id = r.headers().lastHeader("ce_id");
                if (id != null && eventId.equals(new String(id.value(), StandardCharsets.UTF_8))) {
                    return r;
                }
            }
        }
        return fail("no Kafka record with ce_id " + eventId);
    }

    private static <T> T await(Supplier<T> probe, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T value = Optional.ofNullable(probe.get()).orElse(null);
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("timed out waiting until " + what);
    }

    private static String traceIdOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String spanIdOf(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
