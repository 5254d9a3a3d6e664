package io.connect.user;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small helpers over the real HTTP API, shared by the test classes. */
final class Api {

    static final String ADMIN_TOKEN = "local-admin-token";
    static final String INTERNAL_TOKEN = "local-internal-token";

    private Api() {
    }

    record Partner(String id, String name, String token) {
    }

    static Partner newPartner(String prefix) {
        String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Response r = admin().body(Map.of("name", name)).post("/admin/v1/partners/");
        r.then().statusCode(201);
        return new Partner(r.path("id"), r.path("name"), r.path("api_token"));
    }

    static RequestSpecification admin() {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    static RequestSpecification as(Partner partner) {
        return as(partner.token());
    }

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    static RequestSpecification internal() {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + INTERNAL_TOKEN);
    }

    static String createUser(Partner partner, String email, String externalId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("email", email);
        body.put("locale", "en");
        if (externalId != null) {
            body.put("custom_properties", Map.of("external_id", externalId));
        }
        return as(partner).body(body).post("/api/v1/users/").then().statusCode(201).extract().path("id");
    }

    /** Waits for something asynchronous (Kafka) instead of sleeping a fixed time. */
    static void await(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
