package io.connect.ocpi.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A blocking OCPI 2.2.1 client for the calls that are rare and short (versions, version details, credentials):
 * {@code Authorization: Token <base64>}, a new X-Request-ID per call, the caller's X-Correlation-ID, and the
 * response envelope checked (HTTP 2xx and status_code 1xxx, else {@link OcpiCallException}).
 */
public final class OcpiClient {

    /**
     * A successful answer: the envelope, the ids the request carried and the ids the answer carried back (null
     * when the party did not echo them).
     */
    public record Reply(String method, String url, int httpStatus, JsonNode envelope, String requestId,
                        String correlationId, String answeredRequestId, String answeredCorrelationId) {

        public JsonNode data() {
            return envelope.path("data");
        }
    }

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Duration timeout;

    public OcpiClient(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
        this.mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Reply get(String url, String token, String correlationId) {
        return call("GET", url, token, correlationId, null);
    }

    public Reply call(String method, String url, String token, String correlationId, Object body) {
        String requestId = OcpiHeaders.newId();
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            throw new OcpiCallException(url, 0, OcpiStatus.UNABLE_TO_USE_CLIENT_API, "not a usable URL: " + url);
        }
        request.header(OcpiToken.HEADER, OcpiToken.header(token))
                .header("Accept", "application/json")
                .header(OcpiHeaders.REQUEST_ID, requestId)
                .header(OcpiHeaders.CORRELATION_ID, correlationId);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(write(body)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OcpiCallException(url, 0, 0, method + " " + url + " failed: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcpiCallException(url, 0, 0, method + " " + url + " interrupted");
        }
        JsonNode envelope = read(response.body());
        int status = envelope == null ? 0 : envelope.path("status_code").asInt(0);
        if (response.statusCode() / 100 != 2 || status / 1000 != 1) {
            String message = envelope == null ? "" : envelope.path("status_message").asText("");
            throw new OcpiCallException(url, response.statusCode(), status, method + " " + url + " answered HTTP "
                    + response.statusCode() + (status == 0 ? "" : ", OCPI status " + status)
                    + (message.isEmpty() ? "" : ": " + message));
        }
        return new Reply(method, url, response.statusCode(), envelope, requestId, correlationId,
                response.headers().firstValue(OcpiHeaders.REQUEST_ID).orElse(null),
                response.headers().firstValue(OcpiHeaders.CORRELATION_ID).orElse(null));
    }

    /** Reads a reply's data as the given type; an unusable shape is the party's fault (3001). */
    public <T> T data(Reply reply, Class<T> type, String url) {
        return convert(reply.data(), type, url);
    }

    public <T> T convert(JsonNode node, Class<T> type, String url) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new OcpiCallException(url, 200, OcpiStatus.UNABLE_TO_USE_CLIENT_API,
                    url + " answered data that is not a " + type.getSimpleName() + ": " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
    }

    private byte[] write(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    private JsonNode read(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
