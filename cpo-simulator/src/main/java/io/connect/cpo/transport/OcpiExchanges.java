package io.connect.cpo.transport;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last OCPI requests the simulator received and sent, with their X-Request-ID / X-Correlation-ID and the ids
 * the answer carried back, so tests and people can follow a correlation id across both parties.
 */
@ApplicationScoped
public class OcpiExchanges {

    private static final int KEEP = 2000;

    /**
     * One request: {@code direction} IN (to us) or OUT (ours to the eMSP); {@code target} path or URL; for IN,
     * {@code caller} says which kind of token was presented (TOKEN_A, CONFIGURED_C, REGISTERED_C; null when
     * refused), never the token.
     */
    public record Exchange(Instant at, String direction, String method, String target, String requestId,
            String correlationId, int status, String answeredRequestId, String answeredCorrelationId,
            String caller) {
    }

    private final Deque<Exchange> recent = new ArrayDeque<>();

    public synchronized void record(Exchange exchange) {
        recent.addLast(exchange);
        while (recent.size() > KEEP) {
            recent.removeFirst();
        }
    }

    public synchronized List<Exchange> all() {
        return List.copyOf(recent);
    }

    public synchronized void clear() {
        recent.clear();
    }
}
