package io.connect.charging;

import io.connect.charging.domain.SessionState;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = ChargingTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class InvoiceConsumerTest {

    @Inject
    SessionSeeder seeder;

    @Test
    void anIssuedInvoicePutsTheCostOnTheSession() throws Exception {
        PartnerFixture.Partner partner = Fixtures.partner("charging-invoice");
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC), "c");

        EventTap.produce("test.connect.billing.v1", user, invoiceIssued(id, user, "https://invoice.stripe.com/i/x"));

        awaitInvoiceView(partner, user, id, "https://invoice.stripe.com/i/x");
        given().header("Authorization", "Bearer " + partner.apiToken())
                .get("/api/v1/users/{u}/charging-sessions/{s}/", user, id)
                .then().body("session_cost.invoice_summary", org.hamcrest.Matchers.equalTo("5.39"))
                .body("session_cost.kwh_cost", org.hamcrest.Matchers.equalTo("5.39"))
                .body("session_cost.invoice_vat", org.hamcrest.Matchers.equalTo("0.86"))
                .body("session_cost.currency", org.hamcrest.Matchers.equalTo("eur"));
    }

    /** Billing sends the invoice again once a debt on it is paid: the session shows the newest one. */
    @Test
    void aReIssuedInvoiceReplacesTheStoredCost() throws Exception {
        PartnerFixture.Partner partner = Fixtures.partner("charging-invoice-again");
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC), "c");

        EventTap.produce("test.connect.billing.v1", user, invoiceIssued(id, user, "https://invoice.stripe.com/i/unpaid"));
        awaitInvoiceView(partner, user, id, "https://invoice.stripe.com/i/unpaid");
        EventTap.produce("test.connect.billing.v1", user, invoiceIssued(id, user, "https://invoice.stripe.com/i/paid"));

        awaitInvoiceView(partner, user, id, "https://invoice.stripe.com/i/paid");
    }

    /** A record that is not a CloudEvent, and an invoice naming no session, are skipped; the channel goes on. */
    @Test
    void unusableRecordsDoNotStopTheInvoices() throws Exception {
        PartnerFixture.Partner partner = Fixtures.partner("charging-invoice-poison");
        String user = Fixtures.user(partner);
        UUID id = seeder.seed(user, partner.id(), SessionState.COMPLETED, OffsetDateTime.now(ZoneOffset.UTC), "c");

        EventTap.produce("test.connect.billing.v1", user, "{not a cloud event");
        EventTap.produce("test.connect.billing.v1", user,
                invoiceIssued(id, user, "https://invoice.stripe.com/i/lost").replace(id.toString(), "not-a-uuid"));
        EventTap.produce("test.connect.billing.v1", user, invoiceIssued(id, user, "https://invoice.stripe.com/i/after"));

        awaitInvoiceView(partner, user, id, "https://invoice.stripe.com/i/after");
    }

    private static String invoiceIssued(UUID session, String user, String invoiceView) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/connect/billing-service",
                 "type": "billing.invoice.issued.v1", "subject": "%s", "time": "2026-04-02T13:52:00Z",
                 "datacontenttype": "application/json", "partitionkey": "%s",
                 "data": {"invoice_id": "in_1", "session_id": "%s", "user_id": "%s",
                   "session_cost": {"kwh_cost": "5.39", "time_cost": "0.00", "session_fee_cost": "0.00",
                     "blocking_fee_cost": "0.00", "starting_fee_cost": "0.00",
                     "invoice_view": "%s", "invoice_download": "https://pay.stripe.com/x/pdf",
                     "invoice_vat": "0.86", "invoice_summary": "5.39", "invoice_credits": "0.00",
                     "invoice_discount": "0.00", "currency": "eur"}}}"""
                .formatted(UUID.randomUUID(), session, user, session, user, invoiceView);
    }

    private static void awaitInvoiceView(PartnerFixture.Partner partner, String user, UUID session, String expected)
            throws InterruptedException {
        String view = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (!expected.equals(view) && System.currentTimeMillis() < deadline) {
            view = given().header("Authorization", "Bearer " + partner.apiToken())
                    .get("/api/v1/users/{u}/charging-sessions/{s}/", user, session)
                    .then().statusCode(200).extract().path("session_cost.invoice_view");
            if (!expected.equals(view)) {
                Thread.sleep(300);
            }
        }
        assertEquals(expected, view, "session_cost.invoice_view from the newest invoice event");
    }
}
