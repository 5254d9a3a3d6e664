package io.connect.stripeemulator;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP endpoint the emulator delivers webhooks to. Events whose object carries metadata
 * {@code fail_first=yes} are answered 500 on their first delivery, to exercise retries.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public record Delivery(String body, String signature, int answered) {
    }

    public static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();
    private static final Set<String> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String eventId = body.replaceAll("(?s)^\\{\"id\":\"(evt_[A-Za-z0-9]+)\".*", "$1");
            int status = body.contains("\"fail_first\":\"yes\"") && FAILED_ONCE.add(eventId) ? 500 : 200;
            DELIVERIES.add(new Delivery(body, exchange.getRequestHeaders().getFirst("Stripe-Signature"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return Map.of("stripe-emulator.webhook.endpoints",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
