package io.connect.cpo.client;

import io.connect.cpo.credentials.CredentialsRegistry;
import io.connect.cpo.domain.Times;
import io.connect.cpo.transport.OcpiExchanges;
import io.connect.cpo.transport.PushCorrelations;
import io.connect.ocpi.transport.OcpiHeaders;
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
 * Sends what a CPO pushes to the eMSP (CommandResults, Sessions, CDRs, EVSE statuses) with the eMSP's token B
 * (the registered eMSP's, else the configured one), a new X-Request-ID per attempt and the X-Correlation-ID of
 * the command that caused the push. Everything is non-blocking; callers get a Uni that fails only after the
 * last retry.
 */
@ApplicationScoped
public class EmspClient {

    private static final Logger LOG = Logger.getLogger(EmspClient.class);

    private final WebClient web;
    private final ObjectMapper mapper;
    private final CpoConfig config;
    private final CredentialsRegistry credentials;
    private final PushCorrelations correlations;
    private final OcpiExchanges exchanges;

    EmspClient(Vertx vertx, ObjectMapper mapper, CpoConfig config, CredentialsRegistry credentials,
            PushCorrelations correlations, OcpiExchanges exchanges) {
        this.web = WebClient.create(vertx);
        this.mapper = mapper;
        this.config = config;
        this.credentials = credentials;
        this.correlations = correlations;
        this.exchanges = exchanges;
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
        String correlationId = correlations.forPush(url, body);
        return Uni.createFrom().deferred(() -> {
            String requestId = OcpiHeaders.newId();
            return web.requestAbs(method, url)
                    .putHeader(OcpiToken.HEADER, OcpiToken.header(credentials.pushToken()))
                    .putHeader(OcpiHeaders.REQUEST_ID, requestId)
                    .putHeader(OcpiHeaders.CORRELATION_ID, correlationId)
                    .putHeader("Content-Type", "application/json")
                    .timeout(config.push().timeout().toMillis())
                    .sendBuffer(payload)
                    .invoke(response -> exchanges.record(new OcpiExchanges.Exchange(Times.now(), "OUT",
                            method.name(), url, requestId, correlationId, response.statusCode(),
                            response.getHeader(OcpiHeaders.REQUEST_ID),
                            response.getHeader(OcpiHeaders.CORRELATION_ID), null)));
        }).onItem().transformToUni(response -> check(method, url, response));
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
