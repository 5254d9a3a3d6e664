package io.connect.charging.domain;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartAdmissionTest {

    private final StartAdmission admission = new StartAdmission();
    private final List<CompletableFuture<String>> running = new ArrayList<>();
    private final List<String> started = new ArrayList<>();

    StartAdmissionTest() {
        admission.limit = 2;
    }

    /** A preparation that runs until the test completes its future. */
    private Uni<String> preparation(String name) {
        return admission.admit(() -> {
            started.add(name);
            CompletableFuture<String> f = new CompletableFuture<>();
            running.add(f);
            return Uni.createFrom().completionStage(f);
        });
    }

    @Test
    void atMostTheLimitPrepareAndTheOthersFollowInOrder() {
        List<String> answers = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            preparation(name).subscribe().with(answers::add, failure -> answers.add("failed " + name));
        }
        assertEquals(List.of("a", "b"), started);
        assertEquals(2, admission.waiting());

        running.get(0).complete("a done");
        assertEquals(List.of("a", "b", "c"), started, "the first free place goes to the oldest waiting start");
        running.get(1).completeExceptionally(new IllegalStateException("refused"));
        assertEquals(List.of("a", "b", "c", "d"), started, "a failed preparation gives its place back too");
        assertEquals(0, admission.waiting());
        assertEquals(List.of("a done", "failed b"), answers);
    }

    @Test
    void aStartGivenUpWhileQueuedNeitherRunsNorKeepsAPlace() {
        preparation("a").subscribe().with(x -> { });
        preparation("b").subscribe().with(x -> { });
        Cancellable gone = preparation("c").subscribe().with(x -> { });
        preparation("d").subscribe().with(x -> { });
        gone.cancel();
        assertEquals(1, admission.waiting());

        running.get(0).complete("a done");
        assertEquals(List.of("a", "b", "d"), started);
        running.get(1).complete("b done");
        running.get(2).complete("d done");
        preparation("e").subscribe().with(x -> { });
        preparation("f").subscribe().with(x -> { });
        assertEquals(List.of("a", "b", "d", "e", "f"), started, "both places free again");
        assertFalse(started.contains("c"));
        assertTrue(admission.waiting() == 0);
    }
}
