package io.connect.billing.it;

import io.connect.billing.domain.InvoiceStatus;
import io.connect.billing.persistence.Invoice;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public and internal HTTP API: shapes, validation, partner scoping (tokens checked by a real user-service). */
@QuarkusTest
@QuarkusTestResource(SiblingsResource.class)
class BillingApiTest {

    @ConfigProperty(name = "test.user-service.url")
    String userServiceUrl;

    PartnerFixture fixture;
    PartnerFixture.Partner partner;
    String userId;

    @BeforeEach
    void userWithPartner() {
        fixture = new PartnerFixture(userServiceUrl, PartnerFixture.LOCAL_ADMIN_TOKEN);
        partner = fixture.createPartner("billing-api");
        userId = fixture.createUser(partner, "api-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    void billing_details_are_404_until_put_then_replaced_whole() {
        given().auth().oauth2(partner.apiToken()).get("/api/v1/users/{id}/billing-details/", userId)
                .then().statusCode(404).body("detail", equalTo("Billing details were not found."));

        given().auth().oauth2(partner.apiToken()).contentType(ContentType.JSON)
                .body("""
                        {"line1": "Ludwigstraße 9", "postal_code": "67547", "city": "Worms", "country": "de",
                         "first_name": "Ada", "last_name": "Lovelace", "tax_id": null}""")
                .put("/api/v1/users/{id}/billing-details/", userId)
                .then().statusCode(200)
                .body("line1", equalTo("Ludwigstraße 9"))
                .body("postal_code", equalTo("67547"))
                .body("account_type", equalTo("personal"))
                .body("company_name", nullValue());

        given().auth().oauth2(partner.apiToken()).get("/api/v1/users/{id}/billing-details/", userId)
                .then().statusCode(200)
                .body("city", equalTo("Worms"))
                .body("country", equalTo("de"))
                .body("first_name", equalTo("Ada"))
                .body("account_type", equalTo("personal"));

        given().auth().oauth2(partner.apiToken()).contentType(ContentType.JSON)
                .body("""
                        {"line1": "Via Roma 1", "postal_code": "00100", "city": "Roma", "country": "it",
                         "account_type": "business", "company_name": "Cariqa Srl", "vat_id": "IT12345678903"}""")
                .put("/api/v1/users/{id}/billing-details/", userId)
                .then().statusCode(200);
        JsonPath now = given().auth().oauth2(partner.apiToken())
                .get("/api/v1/users/{id}/billing-details/", userId).then().statusCode(200).extract().jsonPath();
        assertEquals("business", now.getString("account_type"));
        assertEquals("IT12345678903", now.getString("vat_id"));
        assertNull(now.getString("first_name"), "PUT replaces the whole record");
    }

    @Test
    void billing_details_validation_names_the_field() {
        putDetails("{\"line1\": \"Somewhere 1\"}").then().statusCode(400)
                .body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("postal_code"));
        putDetails("{\"postal_code\": \"10115\", \"line1\": \"  \"}").then().statusCode(400)
                .body("error.details", containsString("line1"));
        putDetails("{\"line1\": \"a\", \"postal_code\": \"1\", \"city\": \"" + "x".repeat(51) + "\"}")
                .then().statusCode(400).body("error.details", containsString("city"));
        putDetails("{\"line1\": \"a\", \"postal_code\": \"1\", \"tax_id\": \"" + "1".repeat(31) + "\"}")
                .then().statusCode(400).body("error.details", containsString("tax_id"));
        putDetails("{\"line1\": \"a\", \"postal_code\": \"1\", \"last_name\": \"" + "n".repeat(151) + "\"}")
                .then().statusCode(400).body("error.details", containsString("last_name"));
        putDetails("{\"line1\": \"a\", \"postal_code\": \"1\", \"account_type\": \"company\"}")
                .then().statusCode(400).body("error.details", containsString("account_type"));
        // bad-input sweep: U+0000 reached PostgreSQL as a 500
        putDetails("{\"line1\": \"a\", \"postal_code\": \"1\", \"first_name\": \"x\\u0000\"}")
                .then().statusCode(400).body("error.details", containsString("first_name"));
        putDetails("{\"line1\": ").then().statusCode(400).body("error.type", equalTo("validation_error"));
        putDetails("").then().statusCode(400);
        given().auth().oauth2(partner.apiToken()).get("/api/v1/users/{id}/billing-details/", userId)
                .then().statusCode(404);
    }

    @Test
    void italian_tax_ids_are_format_checked() {
        putDetails("""
                {"line1": "Via Roma 1", "postal_code": "00100", "country": "it", "tax_id": "RSSMRA85T10A56"}""")
                .then().statusCode(400).body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("tax_id"));
        putDetails("""
                {"line1": "Via Roma 1", "postal_code": "00100", "country": "IT", "account_type": "business",
                 "company_name": "Cariqa Srl", "vat_id": "IT12345678901"}""")
                .then().statusCode(400).body("error.details", containsString("vat_id"));
        putDetails("""
                {"line1": "Via Roma 1", "postal_code": "00100", "country": "ITA", "vat_id": "1234567890"}""")
                .then().statusCode(400).body("error.details", containsString("vat_id"));
        // outside Italy tax ids stay free text
        putDetails("""
                {"line1": "Ludwigstraße 9", "postal_code": "67547", "country": "de", "tax_id": "12/345/67890",
                 "vat_id": "DE123456789"}""")
                .then().statusCode(200);
        putDetails("""
                {"line1": "Via Roma 1", "postal_code": "00100", "country": "it", "tax_id": "rssmra85t10a562s",
                 "account_type": "business", "vat_id": "01234567897"}""")
                .then().statusCode(200);
    }

    @Test
    void billing_readiness_applies_the_italian_rules() {
        given().get("/internal/v1/users/{id}/billing-readiness", userId).then().statusCode(403);
        given().auth().oauth2(partner.apiToken()).get("/internal/v1/users/{id}/billing-readiness", userId)
                .then().statusCode(403);

        readiness("IT").then().statusCode(200)
                .body("ready", equalTo(false))
                .body("country", equalTo("IT"))
                .body("missing", equalTo(List.of("first_name", "last_name", "line1", "postal_code", "city",
                        "country", "tax_id")));
        readiness("DE").then().statusCode(200).body("ready", equalTo(true)).body("missing", hasSize(0));

        putDetails("""
                {"line1": "Ludwigstraße 9", "postal_code": "67547", "city": "Worms", "country": "de",
                 "first_name": "Ada", "last_name": "Lovelace"}""").then().statusCode(200);
        readiness("ITA").then().statusCode(200).body("ready", equalTo(false)).body("missing", equalTo(List.of("tax_id")));

        putDetails("""
                {"line1": "Via Roma 1", "postal_code": "00100", "city": "Roma", "country": "it",
                 "first_name": "Mario", "last_name": "Rossi", "tax_id": "RSSMRA85T10A562S"}""").then().statusCode(200);
        readiness("it").then().statusCode(200).body("ready", equalTo(true)).body("missing", hasSize(0));

        putDetails("""
                {"line1": "Via Roma 1", "postal_code": "00100", "city": "Roma", "country": "it",
                 "account_type": "business", "company_name": "Cariqa Srl"}""").then().statusCode(200);
        readiness("DE").then().statusCode(200).body("ready", equalTo(false)).body("missing", equalTo(List.of("vat_id")));
    }

    @Test
    void partners_only_reach_their_own_users() {
        given().get("/api/v1/users/{id}/invoices/", userId).then().statusCode(403).body("detail", equalTo(
                "Authentication credentials were not provided."));
        given().auth().oauth2("not-a-token").get("/api/v1/users/{id}/charging/debts/", userId)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"line1\": \"a\", \"postal_code\": \"1\"}")
                .put("/api/v1/users/{id}/billing-details/", userId).then().statusCode(403);

        PartnerFixture.Partner other = fixture.createPartner("billing-other");
        for (String path : List.of("/api/v1/users/{id}/invoices/", "/api/v1/users/{id}/charging/debts/",
                "/api/v1/users/{id}/billing-details/")) {
            given().auth().oauth2(other.apiToken()).get(path, userId).then().statusCode(404)
                    .body("detail", equalTo("User was not found."));
        }
        given().auth().oauth2(other.apiToken()).contentType(ContentType.JSON)
                .body("{\"line1\": \"a\", \"postal_code\": \"1\"}")
                .put("/api/v1/users/{id}/billing-details/", userId).then().statusCode(404);
    }

    @Test
    void invoices_are_paginated_newest_first() {
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        List<UUID> sessions = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < sessions.size(); i++) {
                paidInvoice(sessions.get(i), base.plusMinutes(i), new BigDecimal("1" + i + ".50"));
            }
        });

        JsonPath first = given().auth().oauth2(partner.apiToken()).queryParam("page_size", 2)
                .get("/api/v1/users/{id}/invoices/", userId).then().statusCode(200).extract().jsonPath();
        assertEquals(3, first.getInt("count"));
        assertEquals(null, first.getString("previous"));
        assertTrue(first.getString("next").contains("page=2"), first.getString("next"));
        assertEquals(List.of(sessions.get(2).toString(), sessions.get(1).toString()),
                first.getList("results.charging_session_id"));
        assertEquals("12.50", first.getString("results[0].total"));
        assertEquals("eur", first.getString("results[0].currency"));
        assertEquals(false, first.getBoolean("results[0].refund"));
        assertTrue(first.getString("results[0].link").endsWith("/pdf"));
        assertTrue(first.getString("results[0].view_link").contains("/i/"));
        assertTrue(first.getString("results[0].date").startsWith(String.valueOf(base.getYear())));

        given().auth().oauth2(partner.apiToken()).queryParam("page_size", 2).queryParam("page", 2)
                .get("/api/v1/users/{id}/invoices/", userId).then().statusCode(200)
                .body("results", hasSize(1))
                .body("next", nullValue())
                .body("previous", containsString("page_size=2"))
                .body("results[0].charging_session_id", equalTo(sessions.get(0).toString()));
        given().auth().oauth2(partner.apiToken()).queryParam("page", 3).queryParam("page_size", 2)
                .get("/api/v1/users/{id}/invoices/", userId).then().statusCode(404)
                .body("detail", equalTo("Invalid page."));
        given().auth().oauth2(partner.apiToken()).queryParam("page_size", 0)
                .get("/api/v1/users/{id}/invoices/", userId).then().statusCode(400)
                .body("error.details", containsString("page_size"));
        given().auth().oauth2(partner.apiToken()).queryParam("page", "x")
                .get("/api/v1/users/{id}/invoices/", userId).then().statusCode(400)
                .body("error.details", containsString("page"));
        // these invoices are PAID: no debt for this user
        given().auth().oauth2(partner.apiToken()).get("/api/v1/users/{id}/charging/debts/", userId)
                .then().statusCode(200).body("count", equalTo(0)).body("results", hasSize(0))
                .body("next", nullValue());
    }

    @Test
    void open_debt_needs_the_internal_token() {
        given().get("/internal/v1/users/{id}/open-debt", userId).then().statusCode(403);
        given().auth().oauth2(partner.apiToken()).get("/internal/v1/users/{id}/open-debt", userId)
                .then().statusCode(403);
        given().auth().oauth2(io.connect.testsupport.Neighbours.INTERNAL_TOKEN).get("/internal/v1/users/{id}/open-debt", userId)
                .then().statusCode(200)
                .body("has_open_debt", equalTo(false))
                .body("amount", equalTo("0.00"))
                .body("currency", equalTo("EUR"))
                .body("sessions", hasSize(0));
    }

    @Test
    void start_eligibility_is_open_debt_and_readiness_in_one_answer() {
        given().get("/internal/v1/users/{id}/start-eligibility", userId).then().statusCode(403);
        eligibility("ITA").then().statusCode(200)
                .body("open_debt.has_open_debt", equalTo(false))
                .body("open_debt.amount", equalTo("0.00"))
                .body("open_debt.sessions", hasSize(0))
                .body("billing_readiness.ready", equalTo(false))
                .body("billing_readiness.country", equalTo("IT"))
                .body("billing_readiness.missing", hasItem("tax_id"));
        eligibility("DEU").then().statusCode(200)
                .body("billing_readiness.ready", equalTo(true))
                .body("billing_readiness.missing", hasSize(0));
        // a user billing has never seen owes nothing and may charge outside Italy
        given().auth().oauth2(io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .get("/internal/v1/users/{id}/start-eligibility", UUID.randomUUID()).then().statusCode(200)
                .body("open_debt.has_open_debt", equalTo(false))
                .body("billing_readiness.ready", equalTo(true));
        given().auth().oauth2(io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .queryParam("station_country", "x".repeat(151))
                .get("/internal/v1/users/{id}/start-eligibility", userId).then().statusCode(400)
                .body("error.details", containsString("station_country"));
    }

    private io.restassured.response.Response eligibility(String stationCountry) {
        return given().auth().oauth2(io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .queryParam("station_country", stationCountry)
                .get("/internal/v1/users/{id}/start-eligibility", userId);
    }

    @Test
    void health_endpoints_answer() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private io.restassured.response.Response readiness(String stationCountry) {
        return given().auth().oauth2(io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .queryParam("station_country", stationCountry)
                .get("/internal/v1/users/{id}/billing-readiness", userId);
    }

    private io.restassured.response.Response putDetails(String json) {
        return given().auth().oauth2(partner.apiToken()).contentType(ContentType.JSON).body(json)
                .put("/api/v1/users/{id}/billing-details/", userId);
    }

    private void paidInvoice(UUID sessionId, OffsetDateTime at, BigDecimal total) {
        Invoice i = new Invoice();
        i.id = UUID.randomUUID();
        i.sessionId = sessionId;
        i.userId = userId;
        i.partnerId = partner.id();
        i.status = InvoiceStatus.PAID;
        i.kwhCost = total;
        i.timeCost = BigDecimal.ZERO;
        i.sessionFeeCost = BigDecimal.ZERO;
        i.blockingFeeCost = BigDecimal.ZERO;
        i.startingFeeCost = BigDecimal.ZERO;
        i.vat = new BigDecimal("1.00");
        i.summary = total;
        i.credits = BigDecimal.ZERO;
        i.discount = BigDecimal.ZERO;
        i.currency = "eur";
        i.taxPercent = new BigDecimal("19");
        i.consumedEnergy = new BigDecimal("10.000");
        i.stripeInvoiceId = "in_test_" + sessionId;
        i.hostedInvoiceUrl = "http://127.0.0.1:12111/i/in_test_" + sessionId;
        i.invoicePdf = "http://127.0.0.1:12111/invoice/in_test_" + sessionId + "/pdf";
        i.createdAt = at;
        i.updatedAt = at;
        i.persist();
    }
}
