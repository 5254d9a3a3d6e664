package io.connect.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the virtual users need before they start, prepared once through the gateway: a partner token (a new
 * partner from the admin API unless one is given) and the free EVSEs around the seed's station, one per user.
 */
final class StackSetup {

    /** The seed's station in Worms; the simulator's network lies within 50 km of it. */
    static final String AROUND = "/api/v1/stations/around/?latitude=49.630383&longitude=8.368902&distance=50000"
            + "&page_size=100";
    private static final Duration CACHE_WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LoadSettings settings;

    StackSetup(LoadSettings settings) {
        this.settings = settings;
    }

    record Prepared(String partnerToken, List<String> evses) {
    }

    Prepared prepare() {
        String token = settings.partnerToken().isEmpty() ? createPartner() : settings.partnerToken();
        List<String> evses = freeEvses(token);
        if (evses.size() < settings.users()) {
            throw new IllegalStateException(settings.users() + " virtual users need as many free EVSEs (a user "
                    + "charges once at a time, an EVSE takes one session), but the stations around offer "
                    + evses.size() + ": " + evses + ". Lower --users.");
        }
        return new Prepared(token, List.copyOf(evses.subList(0, settings.users())));
    }

    private String createPartner() {
        JsonNode partner = send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/admin/v1/partners/"))
                .header("Authorization", "Bearer " + settings.adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"load-" + Instant.now().toEpochMilli() + "\"}"))
                .build(), 201);
        return partner.path("api_token").asText();
    }

    /** AVAILABLE EVSEs of every station around, sorted, waiting for the station cache to fill after start-up. */
    private List<String> freeEvses(String token) {
        Instant deadline = Instant.now().plus(CACHE_WAIT);
        List<String> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = availableAround(token);
            if (found.size() >= settings.users()) {
                return found;
            }
            sleep(Duration.ofSeconds(2));
        }
        return found;
    }

    private List<String> availableAround(String token) {
        TreeSet<String> free = new TreeSet<>();
        String url = settings.baseUrl() + AROUND;
        for (int page = 0; url != null && page < 100; page++) {
            JsonNode body = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).GET().build(), 200);
            for (JsonNode station : body.path("results")) {
                for (JsonNode evse : station.path("evses")) {
                    if ("AVAILABLE".equals(evse.path("status").asText())) {
                        free.add(evse.path("evse_id").asText());
                    }
                }
            }
            url = body.path("next").isTextual() ? rebase(body.path("next").asText()) : null;
        }
        return new ArrayList<>(free);
    }

    /** Pagination links carry the host the gateway saw; keep following the configured base URL. */
    private String rebase(String next) {
        URI n = URI.create(next);
        return settings.baseUrl() + n.getRawPath() + (n.getRawQuery() == null ? "" : "?" + n.getRawQuery());
    }

    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
