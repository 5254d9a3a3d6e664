package io.connect.cpo;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests as the eMSP makes them: token C, Base64-encoded. */
final class Ocpi {

    static final String SEED_LOCATION = "b475f4c35249ae698157660941050322";

    private Ocpi() {
    }

    static String token(String raw) {
        return "Token " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static RequestSpecification asEmsp() {
        return given().header("Authorization", token("local-cpo-token-c")).contentType("application/json");
    }
}
