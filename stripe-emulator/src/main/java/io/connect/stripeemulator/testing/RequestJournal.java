package io.connect.stripeemulator.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** The last POSTs the emulator answered, so a test can see how often a call was made and whether it was replayed. */
@ApplicationScoped
public class RequestJournal {

    static final int CAPACITY = 10_000;

    public record Entry(String path, @JsonProperty("idempotency_key") String idempotencyKey, int status,
                        boolean replayed, String fault, Instant at) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    public synchronized void record(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<Entry> matching(Pattern path) {
        return entries.stream().filter(e -> path.matcher(e.path()).matches()).toList();
    }
}
