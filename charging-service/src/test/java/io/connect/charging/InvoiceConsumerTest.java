package io.connect.charging;

import io.connect.charging.domain.SessionState;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@QuarkusTestResource(ChargingTestResources.class)
class InvoiceConsumerTest {

    @Inject
    SessionSeeder seeder;

    @Test
    void anIssuedInvoicePutsTheCostOnTheSession() throws Exception {
        PartnerFixture.Partner partner = Fixtures.partner("charging-invoice");
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC), "c");
        String event = """
                {"specversion": "1.0", "id": "%s", "source": "/connect/billing-service",
                 "type": "billing.invoice.issued.v1", "subject": "%s", "time": "2026-04-02T13:52:00Z",
                 "datacontenttype": "application/json", "partitionkey": "%s",
                 "data": {"invoice_id": "in_1", "session_id": "%s", "user_id": "%s",
                   "session_cost": {"kwh_cost": "5.39", "time_cost": "0.00", "session_fee_cost": "0.00",
                     "blocking_fee_cost": "0.00", "starting_fee_cost": "0.00",
                     "invoice_view": "https://invoice.stripe.com/i/x", "invoice_download": "https://pay.stripe.com/x/pdf",
                     "invoice_vat": "0.86", "invoice_summary": "5.39", "invoice_credits": "0.00",
                     "invoice_discount": "0.00", "currency": "eur"}}}"""
                .formatted(UUID.randomUUID(), id, user, id, user);
        EventTap.produce("test.connect.billing.v1", user, event);

        String summary = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (summary == null && System.currentTimeMillis() < deadline) {
            summary = given().header("Authorization", "Bearer " + partner.apiToken())
                    .get("/api/v1/users/{u}/charging-sessions/{s}/", user, id)
                    .then().statusCode(200).extract().path("session_cost.invoice_summary");
            if (summary == null) {
                Thread.sleep(300);
            }
        }
        assertNotNull(summary, "session_cost was not set from the invoice event");
        assertEquals("5.39", summary);
        given().header("Authorization", "Bearer " + partner.apiToken())
                .get("/api/v1/users/{u}/charging-sessions/{s}/", user, id)
                .then().body("session_cost.kwh_cost", org.hamcrest.Matchers.equalTo("5.39"))
                .body("session_cost.invoice_vat", org.hamcrest.Matchers.equalTo("0.86"))
                .body("session_cost.invoice_view", org.hamcrest.Matchers.equalTo("https://invoice.stripe.com/i/x"))
                .body("session_cost.currency", org.hamcrest.Matchers.equalTo("eur"));
    }
}
