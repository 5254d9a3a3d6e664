package io.connect.stripeemulator.testing;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Faults a test arms so that a POST whose path matches runs normally (its effect and its idempotency record are
 * kept) but its answer never reaches the client in time: delayed, or the connection dropped. That is what a
 * network timeout against Stripe looks like to the caller, who must retry with the same idempotency key.
 */
@ApplicationScoped
public class FaultPlan {

    public enum Mode { DELAY, DROP }

    public record Fault(Pattern path, Mode mode, long delayMillis, AtomicInteger remaining) {
    }

    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    public void arm(Pattern path, Mode mode, long delayMillis, int times) {
        faults.add(new Fault(path, mode, delayMillis, new AtomicInteger(times)));
    }

    public void clear() {
        faults.clear();
    }

    /** The fault this request takes, if one is armed for its path and not used up (each use counts once). */
    public Optional<Fault> take(String path) {
        for (Fault fault : faults) {
            if (fault.path().matcher(path).matches() && fault.remaining().getAndDecrement() > 0) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
