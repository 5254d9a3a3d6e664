package io.connect.platform.inbox;

import io.connect.platform.events.CloudEvent;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.events.CloudEventCodec.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every Kafka consumer of ours does around {@link IdempotentConsumer}: a record that is not a CloudEvent, or
 * whose event cannot be applied as sent ({@link MalformedEventException}, {@link IllegalArgumentException}), is
 * logged and skipped — retrying would not change it and it must not stop the channel; an event of a type the
 * consumer does not handle is ignored; anything else (the database restarting, a neighbour briefly away) is retried
 * per {@link Retries}, then thrown, for the channel's failure strategy. Call it from a {@code @Blocking} method:
 * the retries wait on the calling thread.
 */
@ApplicationScoped
public class ResilientConsumer {

    private static final Logger LOG = Logger.getLogger(ResilientConsumer.class);

    /** How often and how long a transient failure is retried: none, or up to maxRetries within maxDuration. */
    public record Retries(int maxRetries, Duration delay, Duration maxDuration) {

        public static final Retries NONE = new Retries(0, Duration.ZERO, Duration.ZERO);

        public Retries {
            if (maxRetries < 0 || delay.isNegative() || maxDuration.isNegative()) {
                throw new IllegalArgumentException("retries, delay and duration must not be negative");
            }
        }
    }

    public enum Kind { APPLIED, DUPLICATE, IGNORED, NOT_A_CLOUD_EVENT, UNUSABLE }

    /**
     * @param event   the decoded event (null when the record is not a CloudEvent)
     * @param problem why it could not be applied (NOT_A_CLOUD_EVENT, UNUSABLE), else null
     */
    public record Outcome(Kind kind, CloudEvent event, String problem) {
    }

    @Inject
    IdempotentConsumer inbox;

    @Inject
    CloudEventCodec codec;

    /**
     * @param types the event types this consumer applies (empty: all); others are ignored without a dedup row
     */
    public Outcome consume(String consumer, String recordValue, Set<String> types, Retries retries,
                           Consumer<CloudEvent> handler) {
        CloudEvent event;
        try {
            event = codec.read(recordValue);
        } catch (MalformedEventException e) {
            LOG.errorf("%s: skipped a record that is not a CloudEvent: %s", consumer, e.getMessage());
            return new Outcome(Kind.NOT_A_CLOUD_EVENT, null, e.getMessage());
        }
        if (!types.isEmpty() && !types.contains(event.type())) {
            return new Outcome(Kind.IGNORED, event, null);
        }
        long deadline = System.nanoTime() + retries.maxDuration().toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                boolean applied = inbox.apply(consumer, recordValue, handler);
                return new Outcome(applied ? Kind.APPLIED : Kind.DUPLICATE, event, null);
            } catch (MalformedEventException | IllegalArgumentException e) {
                LOG.errorf("%s: event %s (%s) cannot be applied, skipped: %s", consumer, event.id(), event.type(),
                        e.getMessage());
                return new Outcome(Kind.UNUSABLE, event, e.getMessage());
            } catch (RuntimeException e) {
                if (attempt >= retries.maxRetries() || System.nanoTime() + retries.delay().toNanos() > deadline) {
                    LOG.errorf("%s: event %s (%s) not applied after %d attempts: %s", consumer, event.id(),
                            event.type(), attempt + 1, e.toString());
                    throw e;
                }
                LOG.warnf("%s: event %s (%s) not applied yet (attempt %d), retrying: %s", consumer, event.id(),
                        event.type(), attempt + 1, e.toString());
                pause(retries.delay());
            }
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
