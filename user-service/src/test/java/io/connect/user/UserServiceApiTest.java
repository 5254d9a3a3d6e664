package io.connect.user;

import io.connect.platform.auth.AuthOutcome;
import io.connect.platform.auth.PartnerAuthenticator;
import io.connect.user.Api.Partner;
import io.connect.user.api.LocalPartnerAuthenticator;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.connect.user.Api.admin;
import static io.connect.user.Api.as;
import static io.connect.user.Api.createUser;
import static io.connect.user.Api.internal;
import static io.connect.user.Api.newPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class UserServiceApiTest {

    @Inject
    PartnerAuthenticator authenticator;

    @Inject
    Vertx vertx;

    // ---- admin API ----

    @Test
    void adminApiNeedsTheAdminToken() {
        given().contentType(ContentType.JSON).body(Map.of("name", "nobody"))
                .post("/admin/v1/partners/")
                .then().statusCode(403).body("detail", not(nullValue()));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong-admin-token")
                .body(Map.of("name", "nobody")).post("/admin/v1/partners/")
                .then().statusCode(403).body("detail", equalTo("Invalid admin token."));
        given().header("Authorization", "Bearer local-admin-token-but-longer")
                .get("/admin/v1/partners/").then().statusCode(403);
    }

    @Test
    void createPartnerAnswersItsFirstTokenOnceAndRefusesDuplicates() {
        String name = "acme-" + java.util.UUID.randomUUID();
        Response created = admin().body(Map.of("name", name)).post("/admin/v1/partners/");
        created.then().statusCode(201)
                .body("name", equalTo(name))
                .body("api_token", startsWith("cnt_"));
        assertEquals(Set.of("id", "name", "api_token"), created.jsonPath().getMap("").keySet());
        String token = created.path("api_token");
        assertEquals(4 + 43, token.length(), "cnt_ + 32 bytes in unpadded base64url");

        admin().body(Map.of("name", name)).post("/admin/v1/partners/")
                .then().statusCode(409).body("error.details", containsString("name"));
        admin().body(Map.of("name", " ")).post("/admin/v1/partners/")
                .then().statusCode(400).body("error.fields", hasKey("name"));
        admin().body(Map.of("name", "x".repeat(101))).post("/admin/v1/partners/")
                .then().statusCode(400).body("error.fields", hasKey("name"));
        admin().body("{}").post("/admin/v1/partners/").then().statusCode(400);

        String listing = admin().get("/admin/v1/partners/").then().statusCode(200).extract().asString();
        assertTrue(listing.contains(name));
        assertTrue(!listing.contains(token) && !listing.contains("token_hash"), "listing must not reveal tokens");
        assertTrue(listing.contains(token.substring(0, 8)), "listing shows the token prefix");
    }

    @Test
    void rotatedTokenWorksUntilRevoked() {
        Partner partner = newPartner("rotate");
        Response issued = admin().post("/admin/v1/partners/" + partner.id() + "/tokens/");
        issued.then().statusCode(201).body("api_token", startsWith("cnt_"));
        assertEquals(Set.of("id", "api_token"), issued.jsonPath().getMap("").keySet());
        String second = issued.path("api_token");
        assertNotEquals(partner.token(), second);

        as(second).get("/api/v1/users/").then().statusCode(200);
        admin().delete("/admin/v1/partners/" + partner.id() + "/tokens/" + issued.path("id") + "/")
                .then().statusCode(204);
        as(second).get("/api/v1/users/").then().statusCode(403).body("detail", not(nullValue()));
        as(partner).get("/api/v1/users/").then().statusCode(200);

        admin().post("/admin/v1/partners/" + java.util.UUID.randomUUID() + "/tokens/").then().statusCode(404);
        admin().post("/admin/v1/partners/not-a-uuid/tokens/").then().statusCode(404);
        admin().delete("/admin/v1/partners/" + partner.id() + "/tokens/" + java.util.UUID.randomUUID() + "/")
                .then().statusCode(404);
    }

    // ---- public API: auth and ownership ----

    @Test
    void publicApiRefusesMissingAndUnknownTokens() {
        Response missing = given().get("/api/v1/users/");
        missing.then().statusCode(403);
        assertEquals(Set.of("detail"), missing.jsonPath().getMap("").keySet());
        Response unknown = as("cnt_unknown").get("/api/v1/users/");
        unknown.then().statusCode(403);
        assertEquals(Set.of("detail"), unknown.jsonPath().getMap("").keySet());
        as("cnt_unknown").body(Map.of("locale", "en")).post("/api/v1/users/").then().statusCode(403);
    }

    @Test
    void createUserAnswersTheExactShape() {
        Partner partner = newPartner("shape");
        Response r = as(partner).body(Map.of("email", "alice@example.com", "locale", "en",
                "custom_properties", Map.of("external_id", "crm-42"))).post("/api/v1/users/");
        r.then().statusCode(201)
                .body("email", equalTo("alice@example.com"))
                .body("locale", equalTo("en"))
                .body("custom_properties.external_id", equalTo("crm-42"));
        assertEquals(Set.of("id", "email", "locale", "custom_properties"), r.jsonPath().getMap("").keySet());
        String id = r.path("id");
        assertEquals(id, java.util.UUID.fromString(id).toString());

        as(partner).get("/api/v1/users/" + id + "/").then().statusCode(200)
                .body("id", equalTo(id)).body("custom_properties.external_id", equalTo("crm-42"));

        // Seed-page body (no custom_properties), locale defaulting, email optional.
        as(partner).body(Map.of("email", "bob@example.com", "locale", "de")).post("/api/v1/users/")
                .then().statusCode(201).body("locale", equalTo("de"));
        as(partner).body("{}").post("/api/v1/users/")
                .then().statusCode(201).body("locale", equalTo("en")).body("email", nullValue());
    }

    @Test
    void anotherPartnersUserIsNotFoundOnEveryPath() {
        Partner owner = newPartner("owner");
        Partner stranger = newPartner("stranger");
        String userId = createUser(owner, "carol@example.com", null);

        as(stranger).get("/api/v1/users/" + userId + "/").then().statusCode(404).body("detail", not(nullValue()));
        as(stranger).body(Map.of("email", "evil@example.com")).patch("/api/v1/users/" + userId + "/")
                .then().statusCode(404);
        as(stranger).delete("/api/v1/users/" + userId + "/").then().statusCode(404);
        as(stranger).get("/api/v1/users/?search=" + userId).then().statusCode(200).body("count", equalTo(0));
        as(owner).get("/api/v1/users/" + userId + "/").then().statusCode(200).body("email", equalTo("carol@example.com"));

        as(owner).get("/api/v1/users/not-a-uuid/").then().statusCode(404);
        as(owner).get("/api/v1/users/" + java.util.UUID.randomUUID() + "/").then().statusCode(404);
    }

    // ---- validation ----

    @Test
    void badInputIsA400NamingTheField() {
        Partner partner = newPartner("validation");
        as(partner).body(Map.of("email", "not-an-email")).post("/api/v1/users/")
                .then().statusCode(400).body("error.type", equalTo("validation_error"))
                .body("error.fields", hasKey("email")).body("error.details", containsString("email"));
        as(partner).body(Map.of("email", "a".repeat(250) + "@example.com")).post("/api/v1/users/")
                .then().statusCode(400).body("error.fields", hasKey("email"));
        as(partner).body(Map.of("locale", "fr")).post("/api/v1/users/")
                .then().statusCode(400).body("error.fields", hasKey("locale"));
        as(partner).body(Map.of("custom_properties", Map.of("external_id", "x".repeat(251)))).post("/api/v1/users/")
                .then().statusCode(400).body("error.fields", hasKey("external_id"));
        as(partner).body("{\"email\": \"a@example.com\", ").post("/api/v1/users/")
                .then().statusCode(400).body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("JSON"));
        as(partner).body("{\"custom_properties\": \"crm-1\"}").post("/api/v1/users/")
                .then().statusCode(400).body("error.details", containsString("custom_properties"));
        as(partner).body("{\"email\": [\"a@example.com\"]}").post("/api/v1/users/")
                .then().statusCode(400).body("error.details", containsString("email"));

        String id = createUser(partner, "dave@example.com", null);
        as(partner).body("{\"locale\": null}").patch("/api/v1/users/" + id + "/")
                .then().statusCode(400).body("error.fields", hasKey("locale"));
        as(partner).body(Map.of("email", "nope")).patch("/api/v1/users/" + id + "/")
                .then().statusCode(400).body("error.fields", hasKey("email"));
        as(partner).get("/api/v1/users/?page=zero").then().statusCode(400).body("error.fields", hasKey("page"));
        as(partner).get("/api/v1/users/?page_size=-1").then().statusCode(400).body("error.fields", hasKey("page_size"));
    }

    /** Bad-input sweep: U+0000 reached PostgreSQL ("invalid byte sequence for encoding UTF8: 0x00") as a 500. */
    @Test
    void nulCharacterIsA400NamingTheField() {
        Partner partner = newPartner("nul");
        as(partner).queryParam("search", "a\u0000b").get("/api/v1/users/")
                .then().statusCode(400).body("error.fields", hasKey("search"))
                .body("error.details", containsString("NUL"));
        as(partner).body("{\"email\": \"a@example.com\", \"custom_properties\": {\"external_id\": \"x\\u0000\"}}")
                .post("/api/v1/users/")
                .then().statusCode(400).body("error.details", containsString("external_id"));
        admin().body("{\"name\": \"a\\u0000b\"}").post("/admin/v1/partners/")
                .then().statusCode(400).body("error.fields", hasKey("name"));
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        Partner partner = newPartner("patch");
        String id = createUser(partner, "erin@example.com", "ext-1");
        as(partner).body(Map.of("locale", "de")).patch("/api/v1/users/" + id + "/").then().statusCode(200)
                .body("locale", equalTo("de")).body("email", equalTo("erin@example.com"))
                .body("custom_properties.external_id", equalTo("ext-1"));
        as(partner).body("{\"email\": null, \"custom_properties\": {\"external_id\": \"ext-2\"}}")
                .patch("/api/v1/users/" + id + "/").then().statusCode(200)
                .body("email", nullValue()).body("custom_properties.external_id", equalTo("ext-2"))
                .body("locale", equalTo("de"));
        as(partner).get("/api/v1/users/" + id + "/").then().body("email", nullValue()).body("locale", equalTo("de"));
    }

    // ---- listing ----

    @Test
    void listIsPaginatedNewestFirstWithAbsoluteLinks() {
        Partner partner = newPartner("pages");
        String first = createUser(partner, "u1@example.com", null);
        String second = createUser(partner, "u2@example.com", null);
        String third = createUser(partner, "u3@example.com", null);

        Response page1 = as(partner).get("/api/v1/users/?page_size=2");
        page1.then().statusCode(200).body("count", equalTo(3)).body("previous", nullValue());
        assertEquals(List.of(third, second), page1.jsonPath().getList("results.id"));
        String next = page1.path("next");
        assertTrue(next.startsWith("http://") && next.contains("/api/v1/users/?") && next.contains("page=2")
                && next.contains("page_size=2"), next);

        Response page2 = as(partner).get(next);
        page2.then().statusCode(200).body("count", equalTo(3)).body("next", nullValue());
        assertEquals(List.of(first), page2.jsonPath().getList("results.id"));
        String previous = page2.path("previous");
        assertTrue(previous.contains("page_size=2") && !previous.contains("page=1"), previous);

        as(partner).get("/api/v1/users/?page=3&page_size=2").then().statusCode(404);
        as(partner).get("/api/v1/users/?page_size=1000").then().statusCode(200).body("results.size()", equalTo(3));

        // Behind the gateway the links name the host the partner called.
        as(partner).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.example.org")
                .get("/api/v1/users/?page_size=1").then().statusCode(200)
                .body("next", startsWith("https://api.example.org/api/v1/users/?"));
    }

    @Test
    void searchMatchesExternalIdOrId() {
        Partner partner = newPartner("search");
        String crm = createUser(partner, "f1@example.com", "CRM-77-alpha");
        createUser(partner, "f2@example.com", "other-1");
        as(partner).get("/api/v1/users/?search=crm-77").then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].id", equalTo(crm));
        as(partner).get("/api/v1/users/?search=" + crm).then().statusCode(200)
                .body("count", equalTo(1)).body("results[0].custom_properties.external_id", equalTo("CRM-77-alpha"));
        as(partner).get("/api/v1/users/?search=%25").then().statusCode(200).body("count", equalTo(0));
    }

    // ---- deletion ----

    @Test
    void softDeleteHidesTheUserAndErasesPersonalData() {
        Partner partner = newPartner("delete");
        String id = createUser(partner, "gone@example.com", "ext-gone");
        as(partner).delete("/api/v1/users/" + id + "/").then().statusCode(204);

        as(partner).get("/api/v1/users/" + id + "/").then().statusCode(404);
        as(partner).delete("/api/v1/users/" + id + "/").then().statusCode(404);
        as(partner).get("/api/v1/users/").then().body("count", equalTo(0));
        as(partner).get("/api/v1/users/?search=ext-gone").then().body("count", equalTo(0));

        internal().get("/internal/v1/users/" + id).then().statusCode(200)
                .body("deleted", equalTo(true)).body("email", nullValue())
                .body("partner_id", equalTo(partner.id())).body("locale", equalTo("en"));
    }

    // ---- internal API ----

    @Test
    void internalTokenCheckAnswers() {
        Partner partner = newPartner("internal");
        Partner other = newPartner("internal-other");
        String userId = createUser(partner, "hank@example.com", null);
        String foreign = createUser(other, "ivy@example.com", null);
        String deleted = createUser(partner, "jo@example.com", null);
        as(partner).delete("/api/v1/users/" + deleted + "/").then().statusCode(204);

        given().contentType(ContentType.JSON).body(Map.of("token", partner.token()))
                .post("/internal/v1/auth/check").then().statusCode(403).body("detail", not(nullValue()));
        given().get("/internal/v1/users/" + userId).then().statusCode(403);

        check(partner.token(), null).then().statusCode(200)
                .body("result", equalTo("OK")).body("partner_id", equalTo(partner.id()));
        check(partner.token(), userId).then().body("result", equalTo("OK")).body("partner_id", equalTo(partner.id()));
        check("cnt_nope", userId).then().body("result", equalTo("UNKNOWN_TOKEN"));
        check(partner.token(), foreign).then().body("result", equalTo("USER_NOT_FOUND"));
        check(partner.token(), deleted).then().body("result", equalTo("USER_NOT_FOUND"));
        check(partner.token(), "123").then().body("result", equalTo("USER_NOT_FOUND"));

        internal().get("/internal/v1/users/" + userId).then().statusCode(200)
                .body("id", equalTo(userId)).body("partner_id", equalTo(partner.id()))
                .body("email", equalTo("hank@example.com")).body("deleted", equalTo(false));
        internal().get("/internal/v1/users/" + java.util.UUID.randomUUID()).then().statusCode(404);
        internal().get("/internal/v1/users/not-a-uuid").then().statusCode(404);
    }

    private static Response check(String token, String userId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("token", token);
        body.put("user_id", userId);
        return internal().body(body).post("/internal/v1/auth/check");
    }

    // ---- threading of the token check ----

    @Test
    void tokenCheckIsLocalAndNeverBlocksTheEventLoop() throws Exception {
        assertInstanceOf(LocalPartnerAuthenticator.class, ClientProxy.unwrap(authenticator));
        Partner partner = newPartner("threads");
        String userId = createUser(partner, "kim@example.com", null);

        // Every public endpoint answers normally: the token check (JDBC) refuses to run on an event loop,
        // so a check on the wrong thread would surface here as a 500.
        as(partner).get("/api/v1/users/").then().statusCode(200);
        as(partner).get("/api/v1/users/" + userId + "/").then().statusCode(200);
        as(partner).body(Map.of("locale", "de")).patch("/api/v1/users/" + userId + "/").then().statusCode(200);
        as(partner).delete("/api/v1/users/" + userId + "/").then().statusCode(204);
        as(partner).body(Map.of("locale", "en")).post("/api/v1/users/").then().statusCode(201);

        // Called from an event loop (as the filter is for non-blocking endpoints), the check moves to a
        // worker and answers back on the loop.
        CompletableFuture<AuthOutcome> answer = new CompletableFuture<>();
        CompletableFuture<Boolean> answeredOnLoop = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> authenticator.authenticate(partner.token(), null)
                .subscribe().with(outcome -> {
                    answeredOnLoop.complete(Context.isOnEventLoopThread());
                    answer.complete(outcome);
                }, answer::completeExceptionally));
        AuthOutcome outcome = answer.get(10, TimeUnit.SECONDS);
        assertEquals(AuthOutcome.Result.OK, outcome.result());
        assertEquals(partner.id(), outcome.partnerId());
        assertTrue(answeredOnLoop.get(1, TimeUnit.SECONDS));
    }
}
