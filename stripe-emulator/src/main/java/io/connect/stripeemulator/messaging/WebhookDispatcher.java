package io.connect.stripeemulator.messaging;

import io.connect.stripeemulator.config.EmulatorConfig;
import io.connect.stripeemulator.domain.Json;
import io.connect.stripeemulator.domain.StripeEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Delivers signed events to every configured endpoint, retrying with exponential backoff until a 2xx answers. */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    EmulatorConfig config;

    private ScheduledExecutorService scheduler;
    private HttpClient http;

    @PostConstruct
    void start() {
        scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "webhook-dispatcher");
            t.setDaemon(true);
            return t;
        });
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    public List<String> endpoints() {
        if (!config.webhook().enabled()) {
            return List.of();
        }
        return config.webhook().endpoints().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The event's pending_webhooks must already count the endpoints: the body is signed as it is sent. */
    public void deliver(StripeEvent event) {
        String body = Json.write(event.toJson());
        for (String endpoint : endpoints()) {
            scheduler.execute(() -> attempt(event, endpoint, body, 1));
        }
    }

    private void attempt(StripeEvent event, String endpoint, String body, int attempt) {
        int status = send(endpoint, body);
        if (status >= 200 && status < 300) {
            synchronized (event) {
                event.pendingWebhooks = Math.max(0, event.pendingWebhooks - 1);
            }
            LOG.debugf("Delivered %s (%s) to %s on attempt %d", event.id, event.type, endpoint, attempt);
            return;
        }
        if (attempt >= config.webhook().maxAttempts()) {
            LOG.warnf("Giving up %s (%s) to %s after %d attempts (last status %d)", event.id, event.type, endpoint,
                    attempt, status);
            return;
        }
        long delay = config.webhook().initialBackoff().toMillis() << Math.min(attempt - 1, 16);
        LOG.infof("Delivery of %s (%s) to %s answered %d; retry %d in %d ms", event.id, event.type, endpoint, status,
                attempt + 1, delay);
        try {
            scheduler.schedule(() -> attempt(event, endpoint, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            LOG.debug("Dispatcher stopped; retry dropped");
        }
    }

    /** The HTTP status, or -1 when the endpoint could not be reached. */
    private int send(String endpoint, String body) {
        try {
            String signature = WebhookSigner.header(body, config.webhook().secret(), Instant.now().getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header("Stripe-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
