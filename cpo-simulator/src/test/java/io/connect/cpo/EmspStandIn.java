package io.connect.cpo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small eMSP on a free port that records every request the simulator pushes (CommandResults, Sessions, CDRs,
 * EVSE statuses) and answers like an OCPI receiver; it can be told to fail the next requests to a path.
 */
public class EmspStandIn implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    public record Received(String method, String path, String authorization, String body) {
    }

    public static class Recorder {
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        private int port;

        public String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        public List<Received> received() {
            return List.copyOf(received);
        }

        public List<Received> received(String method, String pathPrefix) {
            return received.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix))
                    .toList();
        }

        /** The next {@code times} requests whose path starts with {@code pathPrefix} get HTTP 503. */
        public void failNext(String pathPrefix, int times) {
            failures.put(pathPrefix, new AtomicInteger(times));
        }

        boolean shouldFail(String path) {
            return failures.entrySet().stream()
                    .anyMatch(e -> path.startsWith(e.getKey()) && e.getValue().getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0);
        }
    }

    private static final Recorder RECORDER = new Recorder();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        RECORDER.port = server.getAddress().getPort();
        String base = "http://127.0.0.1:" + RECORDER.port + "/ocpi/emsp/2.2.1";
        return Map.of("cpo.emsp.sessions-url", base + "/sessions",
                "cpo.emsp.cdrs-url", base + "/cdrs",
                "cpo.emsp.locations-url", base + "/locations");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECORDER.received.add(new Received(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        int status = RECORDER.shouldFail(path) ? 503
                : exchange.getRequestMethod().equals("POST") && path.endsWith("/cdrs") ? 201 : 200;
        if (status == 201) {
            exchange.getResponseHeaders().add("Location", RECORDER.url(path + "/cdr-1"));
        }
        byte[] answer = ("{\"status_code\": " + (status == 503 ? 3000 : 1000) + ", \"timestamp\": \"2026-04-02T10:42:22Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(RECORDER, new TestInjector.AnnotatedAndMatchesType(Inject.class, Recorder.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
