package io.connect.cpo.client;

import io.connect.ocpi.transport.OcpiToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.cpo.config.CpoConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Sends what a CPO pushes to the eMSP (CommandResults, Sessions, CDRs, EVSE statuses) with our token B.
 * Everything is non-blocking; callers get a Uni that fails only after the last retry.
 */
@ApplicationScoped
public class EmspClient {

    private static final Logger LOG = Logger.getLogger(EmspClient.class);

    private final WebClient web;
    private final ObjectMapper mapper;
    private final CpoConfig config;
    private final String authorization;

    EmspClient(Vertx vertx, ObjectMapper mapper, CpoConfig config) {
        this.web = WebClient.create(vertx);
        this.mapper = mapper;
        this.config = config;
        this.authorization = OcpiToken.header(config.emspTokenB());
    }

    @PreDestroy
    void close() {
        web.close();
    }

    /** Sends with retries and exponential backoff; fails with the last error. */
    public Uni<Void> send(HttpMethod method, String url, Object body) {
        return once(method, url, body)
                .onFailure().invoke(e -> LOG.debugf("%s %s failed (%s), will retry", method, url, e.getMessage()))
                .onFailure().retry()
                .withBackOff(config.push().initialBackoff(), config.push().initialBackoff().multipliedBy(16))
                .atMost(Math.max(0, config.push().maxAttempts() - 1))
                .onFailure().invoke(e -> LOG.warnf("%s %s gave up after %d attempts: %s", method, url,
                        config.push().maxAttempts(), e.getMessage()));
    }

    /** One attempt, for best-effort pushes whose loss the eMSP repairs by pulling. */
    public Uni<Void> sendOnce(HttpMethod method, String url, Object body) {
        return once(method, url, body)
                .onFailure().invoke(e -> LOG.debugf("best-effort %s %s failed: %s", method, url, e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> once(HttpMethod method, String url, Object body) {
        Buffer payload;
        try {
            payload = Buffer.buffer(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom().deferred(() -> web.requestAbs(method, url)
                .putHeader(OcpiToken.HEADER, authorization)
                .putHeader("Content-Type", "application/json")
                .timeout(config.push().timeout().toMillis())
                .sendBuffer(payload))
                .onItem().transformToUni(response -> check(method, url, response));
    }

    private Uni<Void> check(HttpMethod method, String url, HttpResponse<Buffer> response) {
        if (response.statusCode() / 100 != 2) {
            return Uni.createFrom().failure(new PushFailedException(
                    method + " " + url + " answered HTTP " + response.statusCode() + ": " + response.bodyAsString()));
        }
        LOG.debugf("%s %s -> %d", method, url, response.statusCode());
        return Uni.createFrom().voidItem();
    }

    public static class PushFailedException extends RuntimeException {
        PushFailedException(String message) {
            super(message);
        }
    }
}
