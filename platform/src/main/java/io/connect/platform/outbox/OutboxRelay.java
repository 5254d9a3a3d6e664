package io.connect.platform.outbox;

import io.connect.platform.tracing.EventTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends committed outbox rows to Kafka, oldest first, and marks them published once the broker acknowledged.
 * Runs right after each commit that wrote an event and on a schedule as a safety net (a crash between commit
 * and send, a broker that was down). Delivery is at least once; consumers deduplicate by event id.
 * One relay at a time per database (a transaction-scoped advisory lock), so per-key order holds with replicas.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant that names "the outbox relay" lock in pg_advisory locks. */
    private static final long RELAY_LOCK = 0x0C0_77EC7L;

    @Inject
    EntityManager em;

    @Inject
    OutboxProducer producer;

    @Inject
    OutboxMetrics metrics;

    @Inject
    EventTracing tracing;

    @ConfigProperty(name = "connect.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "connect.outbox.send-timeout", defaultValue = "PT10S")
    java.time.Duration sendTimeout;

    private final ExecutorService trigger = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWriter.OutboxWritten written) {
        if (pending.compareAndSet(false, true)) {
            trigger.submit(() -> {
                pending.set(false);
                relaySafely();
            });
        }
    }

    @Scheduled(every = "${connect.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        relaySafely();
    }

    void relaySafely() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            metrics.relayFailed();
            LOG.warnf("outbox relay failed, will retry: %s", e.getMessage());
        }
    }

    /** @return how many events were sent; one batch in its own transaction */
    public synchronized int relayBatch() {
        int sent = QuarkusTransaction.requiringNew().call(this::relayBatchInTransaction);
        metrics.published(sent);
        return sent;
    }

    private int relayBatchInTransaction() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)")
                .setParameter("k", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> batch = em.createQuery(
                        "FROM OutboxEvent e WHERE e.publishedAt IS NULL ORDER BY e.seq", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        OffsetDateTime now;
        try {
            for (OutboxEvent e : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(e.topic, e.partitionKey, e.payload);
                record.headers().add("ce_id", e.id.toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", e.type.getBytes(StandardCharsets.UTF_8));
                Span span = tracing.startPublish(e.traceparent, e.topic, e.id.toString(), e.type, e.createdAt);
                if (span != null) {
                    spans.add(span);
                    tracing.inject(span, record.headers());
                }
                acks.add(producer.get().send(record));
            }
            producer.get().flush();
            now = OffsetDateTime.now(ZoneOffset.UTC);
            for (Future<RecordMetadata> ack : acks) {
                ack.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception ex) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, "not acknowledged").end());
            // Nothing is marked: the whole batch is sent again later; duplicates are absorbed by consumers.
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch: " + ex.getMessage(), ex);
        }
        spans.forEach(Span::end);
        for (OutboxEvent e : batch) {
            e.publishedAt = now;
        }
        return batch.size();
    }

    /** Outbox rows not yet acknowledged by Kafka (a health and metrics figure). */
    public long backlog() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "SELECT count(e) FROM OutboxEvent e WHERE e.publishedAt IS NULL", Long.class).getSingleResult());
    }

    /** When the oldest event still waiting for Kafka was written (readiness figure). */
    public java.util.Optional<OffsetDateTime> oldestUnpublished() {
        return QuarkusTransaction.requiringNew().call(() -> java.util.Optional.ofNullable(em.createQuery(
                "SELECT min(e.createdAt) FROM OutboxEvent e WHERE e.publishedAt IS NULL", OffsetDateTime.class)
                .getSingleResult()));
    }

    void onStop(@Observes ShutdownEvent ev) {
        trigger.shutdownNow();
    }

    /** Holder of the one idempotent producer the relay uses. */
    @ApplicationScoped
    public static class OutboxProducer {
        @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
        String bootstrap;

        private volatile KafkaProducer<String, String> producer;

        KafkaProducer<String, String> get() {
            if (producer == null) {
                synchronized (this) {
                    if (producer == null) {
                        java.util.Properties p = new java.util.Properties();
                        p.put("bootstrap.servers", bootstrap);
                        p.put("acks", "all");
                        p.put("enable.idempotence", "true");
                        p.put("max.in.flight.requests.per.connection", "5");
                        p.put("delivery.timeout.ms", "30000");
                        p.put("request.timeout.ms", "10000");
                        p.put("max.block.ms", "10000");
                        p.put("linger.ms", "0");
                        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
                        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
                        producer = new KafkaProducer<>(p);
                    }
                }
            }
            return producer;
        }

        void onStop(@Observes ShutdownEvent ev) {
            if (producer != null) {
                producer.close(java.time.Duration.ofSeconds(5));
            }
        }
    }
}
