package io.connect.platform.it;

import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.ResilientConsumer;
import io.connect.platform.inbox.ResilientConsumer.Kind;
import io.connect.platform.inbox.ResilientConsumer.Outcome;
import io.connect.platform.inbox.ResilientConsumer.Retries;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wrapper every service's consumers use, on the real database (reached through a TcpProxy the test cuts):
 * malformed records and unusable events are skipped without retries, transient failures are retried — a
 * PostgreSQL outage included — and an event is applied once.
 */
@QuarkusTest
@WithTestResource(PlatformInfraResource.class)
class ResilientConsumerTest {

    static final Set<String> PROBED = Set.of("test.probed.v1");
    static final Retries PATIENT = new Retries(60, Duration.ofMillis(250), Duration.ofSeconds(30));

    @Inject
    ResilientConsumer consumer;

    @Inject
    CloudEventCodec codec;

    @Test
    void applies_once_and_skips_the_duplicate() {
        String event = event("test.probed.v1");
        AtomicInteger calls = new AtomicInteger();

        assertEquals(Kind.APPLIED, consume(event, PATIENT, e -> calls.incrementAndGet()).kind());
        assertEquals(Kind.DUPLICATE, consume(event, PATIENT, e -> calls.incrementAndGet()).kind());
        assertEquals(1, calls.get());
    }

    @Test
    void a_record_that_is_no_cloud_event_and_an_unhandled_type_are_skipped_without_calling_the_handler() {
        AtomicInteger calls = new AtomicInteger();

        Outcome garbage = consume("not a cloud event", PATIENT, e -> calls.incrementAndGet());
        Outcome other = consume(event("test.other.v1"), PATIENT, e -> calls.incrementAndGet());

        assertEquals(Kind.NOT_A_CLOUD_EVENT, garbage.kind());
        assertTrue(garbage.problem().contains("not a CloudEvent"), garbage.problem());
        assertEquals(Kind.IGNORED, other.kind());
        assertEquals(0, calls.get());
    }

    @Test
    void an_unusable_event_is_skipped_at_once_and_can_be_applied_when_it_comes_again() {
        String event = event("test.probed.v1");
        AtomicInteger calls = new AtomicInteger();

        Outcome unusable = consume(event, PATIENT, e -> {
            calls.incrementAndGet();
            throw new CloudEventCodec.MalformedEventException("amount is missing");
        });

        assertEquals(Kind.UNUSABLE, unusable.kind());
        assertEquals("amount is missing", unusable.problem());
        assertEquals(1, calls.get(), "not retried");
        // nothing was recorded for it: the dedup row rolled back with the handler
        assertEquals(Kind.APPLIED, consume(event, PATIENT, e -> { }).kind());
    }

    @Test
    void a_transient_failure_is_retried_until_it_passes() {
        AtomicInteger calls = new AtomicInteger();

        Outcome outcome = consume(event("test.probed.v1"), PATIENT, e -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("neighbour briefly away");
            }
        });

        assertEquals(Kind.APPLIED, outcome.kind());
        assertEquals(3, calls.get());
    }

    @Test
    void retries_are_bounded_and_then_the_failure_reaches_the_channel() {
        AtomicInteger calls = new AtomicInteger();

        assertThrows(IllegalStateException.class, () -> consume(event("test.probed.v1"),
                new Retries(2, Duration.ofMillis(10), Duration.ofSeconds(5)), e -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("still away");
                }));
        assertEquals(3, calls.get(), "the first attempt and two retries");
        assertThrows(IllegalStateException.class, () -> consume(event("test.probed.v1"), Retries.NONE, e -> {
            throw new IllegalStateException("no retries");
        }));
    }

    @Test
    void an_event_arriving_while_postgresql_is_gone_is_applied_once_it_is_back() throws Exception {
        String event = event("test.probed.v1");
        AtomicInteger calls = new AtomicInteger();
        PlatformInfraResource.postgres().cut();
        CompletableFuture<Outcome> outcome;
        try {
            outcome = CompletableFuture.supplyAsync(() -> consume(event, PATIENT, e -> calls.incrementAndGet()));
            Thread.sleep(2_000);
            assertFalse(outcome.isDone(), "still retrying while the database is gone");
        } finally {
            PlatformInfraResource.postgres().restore();
        }
        assertEquals(Kind.APPLIED, outcome.get(30, TimeUnit.SECONDS).kind());
        assertEquals(1, calls.get(), "the handler ran once, after the outage");
        assertEquals(Kind.DUPLICATE, consume(event, PATIENT, e -> calls.incrementAndGet()).kind());
    }

    private Outcome consume(String value, Retries retries, java.util.function.Consumer<CloudEvent> handler) {
        return consumer.consume("platform-test.resilient", value, PROBED, retries, handler);
    }

    private String event(String type) {
        return codec.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/platform-test",
                type, "probe", OffsetDateTime.now(ZoneOffset.UTC), CloudEvent.JSON, "probe",
                codec.toTree(java.util.Map.of("n", 1))));
    }
}
