package io.connect.stripeemulator.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/** Saved results of idempotent POSTs, per API key and Idempotency-Key, pruned after 24 hours as Stripe does. */
@ApplicationScoped
public class IdempotencyStore {
    private static final Duration RETENTION = Duration.ofHours(24);

    public record Saved(int status, String body) {
    }

    public sealed interface Outcome permits Started, Replay, Mismatch, InProgress {
    }

    public record Started() implements Outcome {
    }

    public record Replay(Saved saved) implements Outcome {
    }

    public record Mismatch() implements Outcome {
    }

    public record InProgress() implements Outcome {
    }

    private record Entry(String fingerprint, Saved saved, Instant at) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile Instant lastPrune = Instant.now();

    public Outcome begin(String scope, String fingerprint) {
        prune();
        Entry fresh = new Entry(fingerprint, null, Instant.now());
        Entry existing = entries.putIfAbsent(scope, fresh);
        if (existing == null) {
            return new Started();
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        return existing.saved() == null ? new InProgress() : new Replay(existing.saved());
    }

    public void complete(String scope, Saved saved) {
        entries.computeIfPresent(scope, (k, e) -> new Entry(e.fingerprint(), saved, e.at()));
    }

    /** The request failed validation: nothing is saved and the key may be used again. */
    public void abandon(String scope) {
        entries.remove(scope);
    }

    private void prune() {
        Instant now = Instant.now();
        if (now.isAfter(lastPrune.plusSeconds(60))) {
            lastPrune = now;
            entries.values().removeIf(e -> e.at().isBefore(now.minus(RETENTION)));
        }
    }
}
