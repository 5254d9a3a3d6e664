package io.connect.user;

import io.connect.testsupport.LogCapture;
import io.connect.user.Api.Partner;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.connect.user.Api.admin;
import static io.connect.user.Api.as;
import static io.connect.user.Api.createUser;
import static io.connect.user.Api.internal;
import static io.connect.user.Api.newPartner;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partner, admin and internal tokens go through every kind of auth here (accepted, refused, malformed, the token
 * check other services make) while our code, Quarkus, RESTEasy and Vert.x log at DEBUG: none of them may appear in
 * what was logged.
 */
@QuarkusTest
class TokensNeverLoggedTest {

    @Test
    void no_token_reaches_the_logs_even_at_debug() {
        String unknownToken = "cnt_never-issued-" + UUID.randomUUID();
        Partner partner;
        try (LogCapture logs = LogCapture.atDebug("io.connect", "io.quarkus", "org.jboss.resteasy.reactive",
                "io.vertx", "io.smallrye", "org.hibernate")) {
            partner = newPartner("log-audit");
            String userId = createUser(partner, "log-audit-" + UUID.randomUUID() + "@example.com", null);
            as(partner).get("/api/v1/users/" + userId + "/").then().statusCode(200);
            as(unknownToken).get("/api/v1/users/").then().statusCode(403);
            as(partner).header("Authorization", "Bearer " + partner.token() + "x").get("/api/v1/users/")
                    .then().statusCode(403);
            internal().body(Map.of("token", partner.token(), "user_id", userId)).post("/internal/v1/auth/check")
                    .then().statusCode(200).body("result", equalTo("OK"));
            internal().body(Map.of("token", unknownToken)).post("/internal/v1/auth/check")
                    .then().statusCode(200).body("result", equalTo("UNKNOWN_TOKEN"));
            internal().contentType(ContentType.JSON).body("{\"token\": \"" + partner.token() + "\", \"user_id\": [")
                    .post("/internal/v1/auth/check").then().statusCode(400);
            admin().header("Authorization", "Bearer " + Api.ADMIN_TOKEN + "-wrong").get("/admin/v1/partners/")
                    .then().statusCode(403);
            as(Api.INTERNAL_TOKEN).get("/admin/v1/partners/").then().statusCode(403);

            String canary = "canary-" + UUID.randomUUID();
            Logger.getLogger(TokensNeverLoggedTest.class).debugf("debug %s", canary);

            String text = logs.text();
            assertTrue(text.contains(partner.id()) && text.contains(canary),
                    "the capture works (the partner's creation and a DEBUG line were logged), got " + logs.count()
                            + " records");
            for (String secret : List.of(partner.token(), unknownToken, Api.ADMIN_TOKEN, Api.INTERNAL_TOKEN)) {
                assertFalse(text.contains(secret), "a token was logged: " + lineWith(text, secret));
            }
        }
    }

    private static String lineWith(String text, String secret) {
        return text.lines().filter(l -> l.contains(secret)).findFirst().orElse("");
    }
}
