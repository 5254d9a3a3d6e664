package io.connect.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Creates partners and users through the real admin and public API of user-service (or the gateway), the
 * way a partner would: tests get a token and a user id without touching another service's tables.
 */
public final class PartnerFixture {

    public static final String LOCAL_ADMIN_TOKEN = "local-admin-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String adminToken;

    /** @param baseUrl user-service or gateway, e.g. http://127.0.0.1:8080 */
    public PartnerFixture(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
    }

    public record Partner(String id, String name, String apiToken) {
    }

    public Partner createPartner(String namePrefix) {
        String name = namePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode body = post("/admin/v1/partners/", adminToken, "{\"name\":\"" + name + "\"}");
        return new Partner(body.get("id").asText(), body.get("name").asText(), body.get("api_token").asText());
    }

    /** @return the new user's id */
    public String createUser(Partner partner, String email) {
        JsonNode body = post("/api/v1/users/", partner.apiToken(),
                "{\"email\":\"" + email + "\",\"locale\":\"en\"}");
        return body.get("id").asText();
    }

    private JsonNode post(String path, String bearer, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
