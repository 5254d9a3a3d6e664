package io.connect.cpo.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps the pushes of one session in order (CommandResult, then the Session PUT, its PATCHes, the CDR) even
 * while one of them is being retried, without holding a thread. A push that finally fails does not stop the
 * ones after it: the eMSP can still pull.
 */
@ApplicationScoped
public class PushQueue {

    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public CompletionStage<Void> enqueue(String key, Supplier<Uni<Void>> push) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> previous = tails.put(key, done);
        CompletionStage<Void> start = previous == null ? CompletableFuture.completedFuture(null) : previous;
        start.whenComplete((ignored, error) -> push.get()
                .onFailure().recoverWithNull()
                .subscribe().with(item -> finish(key, done), failure -> finish(key, done)));
        return done;
    }

    /** Completes when everything queued so far for the key has been sent (or given up). */
    public CompletionStage<Void> drained(String key) {
        CompletableFuture<Void> tail = tails.get(key);
        return tail == null ? CompletableFuture.completedFuture(null) : tail;
    }

    private void finish(String key, CompletableFuture<Void> done) {
        tails.remove(key, done);
        done.complete(null);
    }
}
