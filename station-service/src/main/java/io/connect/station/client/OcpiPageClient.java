package io.connect.station.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.ocpi.transport.OcpiHeaders;
import io.connect.ocpi.transport.OcpiLinks;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * GETs every page of an OCPI list endpoint of a CPO (Locations, Tariffs): follows {@code Link: <...>; rel="next"}
 * until there is none, and checks the total against {@code X-Total-Count}. Every request carries a new
 * X-Request-ID and the X-Correlation-ID of the sync run it belongs to.
 */
@ApplicationScoped
public class OcpiPageClient {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "connect.sync.page-limit", defaultValue = "100")
    int pageLimit;

    @ConfigProperty(name = "connect.sync.max-pages", defaultValue = "10000")
    int maxPages;

    @ConfigProperty(name = "connect.sync.request-timeout", defaultValue = "PT20S")
    Duration requestTimeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Pages(List<JsonNode> items, int pages, Integer totalCount) {
    }

    public Pages fetchAll(String baseUrl, String token, String correlationId, Instant dateFrom) {
        List<JsonNode> items = new ArrayList<>();
        Fetched fetched = fetchEach(baseUrl, token, correlationId, dateFrom, items::addAll);
        return new Pages(items, fetched.pages(), fetched.totalCount());
    }

    /** How many objects and pages a paged GET delivered. */
    public record Fetched(int items, int pages, Integer totalCount) {
    }

    /**
     * GETs every page and hands each page's objects to {@code onPage} before asking for the next one, so a big
     * list is never held whole; checks the count against {@code X-Total-Count} at the end.
     */
    public Fetched fetchEach(String baseUrl, String token, String correlationId, Instant dateFrom,
                             Consumer<List<JsonNode>> onPage) {
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "offset=0&limit=" + pageLimit
                + (dateFrom == null ? "" : "&date_from=" + URLEncoder.encode(
                dateFrom.truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8));
        int count = 0;
        Integer total = null;
        int pages = 0;
        while (url != null) {
            if (++pages > maxPages) {
                throw new OcpiSyncException("more than " + maxPages + " pages at " + baseUrl);
            }
            HttpResponse<String> response = get(url, token, correlationId);
            JsonNode body = parse(response.body(), url);
            int status = body.path("status_code").asInt(1000);
            if (status != 1000) {
                throw new OcpiSyncException(url + " answered OCPI status " + status + ": "
                        + body.path("status_message").asText(""));
            }
            JsonNode data = body.path("data");
            if (!data.isArray()) {
                throw new OcpiSyncException(url + " answered without a data array");
            }
            List<JsonNode> page = new ArrayList<>(data.size());
            data.forEach(page::add);
            count += page.size();
            total = response.headers().firstValue("X-Total-Count").map(Integer::valueOf).orElse(total);
            url = OcpiLinks.parseNext(response.headers().allValues(OcpiLinks.HEADER));
            onPage.accept(page);
        }
        if (total != null && count < total) {
            throw new OcpiSyncException(baseUrl + " announced " + total + " objects but sent " + count);
        }
        return new Fetched(count, pages, total);
    }

    private HttpResponse<String> get(String url, String token, String correlationId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                .header(OcpiToken.HEADER, OcpiToken.header(token))
                .header("Accept", "application/json")
                .header(OcpiHeaders.REQUEST_ID, OcpiHeaders.newId())
                .header(OcpiHeaders.CORRELATION_ID, correlationId)
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new TokenRefused("GET " + url + " answered HTTP 401: our token was refused");
            }
            if (response.statusCode() != 200) {
                throw new OcpiSyncException("GET " + url + " answered HTTP " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new OcpiSyncException("GET " + url + " failed: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcpiSyncException("interrupted");
        }
    }

    private JsonNode parse(String body, String url) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new OcpiSyncException(url + " answered something that is not JSON");
        }
    }

    public static class OcpiSyncException extends RuntimeException {
        public OcpiSyncException(String message) {
            super(message);
        }
    }

    /** The CPO refused our token C (HTTP 401): rotated or revoked. */
    public static class TokenRefused extends OcpiSyncException {
        public TokenRefused(String message) {
            super(message);
        }
    }
}
