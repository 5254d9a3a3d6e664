package io.connect.charging.domain;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * At most {@code connect.charging.start-concurrency} starts prepare at once (checks, hold, START_SESSION); the
 * others wait their turn in order, as futures, not threads. Without it a burst sends every check to the
 * neighbours at the same moment and their timeouts, not their answers, decide the starts.
 */
@ApplicationScoped
public class StartAdmission {

    @ConfigProperty(name = "connect.charging.start-concurrency", defaultValue = "16")
    int limit;

    private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int preparing;

    /** Runs {@code preparation} once a place is free; the place is given back when it ends, however it ends. */
    public <T> Uni<T> admit(Supplier<Uni<T>> preparation) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> turn = take();
            AtomicBoolean givenBack = new AtomicBoolean();
            return Uni.createFrom().completionStage(turn)
                    .chain(ignored -> preparation.get())
                    .onTermination().invoke(() -> {
                        // still queued (the caller went away): nothing to give back; else once, when granted
                        if (!leaveQueue(turn)) {
                            turn.thenRun(() -> {
                                if (givenBack.compareAndSet(false, true)) {
                                    giveBack();
                                }
                            });
                        }
                    });
        });
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    private synchronized CompletableFuture<Void> take() {
        if (preparing < limit) {
            preparing++;
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> turn = new CompletableFuture<>();
        waiting.add(turn);
        return turn;
    }

    private synchronized boolean leaveQueue(CompletableFuture<Void> turn) {
        return waiting.remove(turn);
    }

    private void giveBack() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    preparing--;
                    return;
                }
            }
            if (next.complete(null)) {
                return; // its owner holds the place now (a cancelled one passes it on)
            }
        }
    }
}
