package io.connect.billing.it;

import io.connect.testsupport.Scrape;
import com.fasterxml.jackson.databind.JsonNode;
import io.connect.billing.domain.DebtLedger;
import io.connect.billing.domain.DebtStatus;
import io.connect.billing.domain.InvoiceStatus;
import io.connect.billing.domain.Money;
import io.connect.billing.domain.SessionCost;
import io.connect.billing.persistence.Debt;
import io.connect.billing.persistence.Invoice;
import io.connect.testsupport.PartnerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SessionCompleted → invoice → capture at payment-service (real, on the Stripe emulator) → events on Kafka.
 * Everything real: PostgreSQL, Kafka, user-service, payment-service, the emulator.
 */
@QuarkusTest
@QuarkusTestResource(SiblingsResource.class)
class BillingFlowTest {

    static final String BILLING_TOPIC = "test.connect.billing.v1";
    static final String PAYMENTS_TOPIC = "test.connect.payments.v1";
    static final Duration SETTLED_WITHIN = Duration.ofSeconds(40);

    @ConfigProperty(name = "test.user-service.url")
    String userServiceUrl;
    @ConfigProperty(name = "test.payment-service.url")
    String paymentServiceUrl;
    @ConfigProperty(name = "test.stripe-emulator.url")
    String emulatorUrl;

    @Inject
    DebtLedger debtLedger;

    PartnerFixture.Partner partner;
    String userId;
    Payments payments;

    @BeforeEach
    void userWithPartner() {
        PartnerFixture fixture = new PartnerFixture(userServiceUrl, PartnerFixture.LOCAL_ADMIN_TOKEN);
        partner = fixture.createPartner("billing-flow");
        userId = fixture.createUser(partner, "driver-" + UUID.randomUUID() + "@example.com");
        payments = new Payments(paymentServiceUrl, emulatorUrl);
    }

    @Test
    void completed_session_is_invoiced_captured_once_and_announced() throws Exception {
        String pm = payments.saveCard(partner.apiToken(), userId, "pm_card_visa");
        String sessionId = UUID.randomUUID().toString();
        String holdId = payments.preAuthorize(sessionId, userId, pm, "30.00");
        String eventId = UUID.randomUUID().toString();
        String completed = SessionEvents.completed(eventId, sessionId, userId, partner.id(), pm, holdId, "30.00",
                "10.000");

        try (KafkaProbe billing = new KafkaProbe(BILLING_TOPIC)) {
            // noise the consumer must survive or ignore
            KafkaProbe.send(SessionEvents.TOPIC, sessionId, "this is not a CloudEvent");
            KafkaProbe.send(SessionEvents.TOPIC, sessionId,
                    SessionEvents.other("charging.session.progress.v1", sessionId, userId));
            KafkaProbe.send(SessionEvents.TOPIC, sessionId, completed);

            JsonNode issued = billing.await(KafkaProbe.event("billing.invoice.issued.v1", sessionId), SETTLED_WITHIN,
                    "billing.invoice.issued.v1");
            JsonNode data = issued.path("data");
            assertEquals(userId, issued.path("partitionkey").asText());
            assertEquals("PAID", data.path("status").asText());
            assertEquals(userId, data.path("user_id").asText());
            JsonNode cost = data.path("session_cost");
            assertEquals("5.39", cost.path("kwh_cost").asText());
            assertEquals("0.00", cost.path("time_cost").asText());
            assertEquals("0.00", cost.path("session_fee_cost").asText());
            assertEquals("0.00", cost.path("blocking_fee_cost").asText());
            assertEquals("0.00", cost.path("starting_fee_cost").asText());
            assertEquals("0.86", cost.path("invoice_vat").asText());
            assertEquals("5.39", cost.path("invoice_summary").asText());
            assertEquals("0.00", cost.path("invoice_credits").asText());
            assertEquals("0.00", cost.path("invoice_discount").asText());
            assertEquals("eur", cost.path("currency").asText());
            String view = cost.path("invoice_view").asText(null);
            String download = cost.path("invoice_download").asText(null);
            assertNotNull(view, "invoice_view");
            assertNotNull(download, "invoice_download");

            JsonPath invoices = invoicesOf(userId);
            assertEquals(1, invoices.getInt("count"));
            assertEquals(sessionId, invoices.getString("results[0].charging_session_id"));
            assertEquals("5.39", invoices.getString("results[0].total"));
            assertEquals(download, invoices.getString("results[0].link"));
            assertEquals(view, invoices.getString("results[0].view_link"));

            // the same event again, and the same session under a new event id
            KafkaProbe.send(SessionEvents.TOPIC, sessionId, completed);
            KafkaProbe.send(SessionEvents.TOPIC, sessionId, SessionEvents.completed(UUID.randomUUID().toString(),
                    sessionId, userId, partner.id(), pm, holdId, "30.00", "10.000"));
            List<JsonNode> allIssued = billing.all(KafkaProbe.event("billing.invoice.issued.v1", sessionId),
                    Duration.ofSeconds(8));
            assertEquals(1, allIssued.size(), "one billing.invoice.issued.v1 per session");
        }
        assertEquals(1, invoicesOf(userId).getInt("count"), "one invoice per session");

        JsonPath hold = payments.paymentIntent(holdId);
        assertEquals("succeeded", hold.getString("status"));
        assertEquals(539, hold.getInt("amount_received"), "captured once, the invoice total");
        List<String> intents = payments.paymentIntentsOf(hold.getString("customer")).getList("data.id");
        assertEquals(List.of(holdId), intents, "no second charge for the same session");
        assertEquals(1, payments.postsTo("/v1/payment_intents/" + holdId + "/capture").size(),
                "one capture request reached Stripe");

        given().header("Authorization", "Bearer " + io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .get("/internal/v1/users/{id}/open-debt", userId)
                .then().statusCode(200).body("has_open_debt", equalTo(false)).body("sessions", hasSize(0));
    }

    @Test
    void failed_remainder_opens_a_debt_that_paying_on_session_settles() {
        String pm = payments.saveCard(partner.apiToken(), userId, "pm_card_holdThenDecline");
        String sessionId = UUID.randomUUID().toString();
        String holdId = payments.preAuthorize(sessionId, userId, pm, "2.00");

        try (KafkaProbe billing = new KafkaProbe(BILLING_TOPIC)) {
            KafkaProbe.send(SessionEvents.TOPIC, sessionId, SessionEvents.completed(UUID.randomUUID().toString(),
                    sessionId, userId, partner.id(), pm, holdId, "2.00", "10.000"));

            JsonNode opened = billing.await(KafkaProbe.event("billing.debt.opened.v1", sessionId), SETTLED_WITHIN,
                    "billing.debt.opened.v1").path("data");
            assertEquals(userId, opened.path("user_id").asText());
            assertEquals("3.39", opened.path("amount").asText(), "5.39 owed, 2.00 captured from the hold");
            assertEquals("eur", opened.path("currency").asText());
            String debtId = opened.path("debt_id").asText();
            assertTrue(debtId.length() > 0);
            String debtIntent = opened.path("payment_intent_id").asText();
            assertTrue(debtIntent.startsWith("pi_"));

            JsonNode issued = billing.await(KafkaProbe.event("billing.invoice.issued.v1", sessionId),
                    Duration.ofSeconds(5), "billing.invoice.issued.v1").path("data");
            assertEquals("PAYMENT_FAILED", issued.path("status").asText());
            assertEquals("5.39", issued.path("session_cost").path("invoice_summary").asText());

            JsonPath debts = debtsOf(userId);
            assertEquals(1, debts.getInt("count"));
            assertEquals(sessionId, debts.getString("results[0].session_id"));
            assertEquals("3.39", debts.getString("results[0].amount"));
            assertEquals("EUR", debts.getString("results[0].currency"));
            String secret = debts.getString("results[0].payment_intent_client_secret");
            assertTrue(secret != null && secret.contains("_secret_"), "client secret of the debt's PaymentIntent");
            assertEquals(secret, debts.getString("results[0].client_secret"));

            given().header("Authorization", "Bearer " + io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                    .get("/internal/v1/users/{id}/open-debt", userId)
                    .then().statusCode(200)
                    .body("has_open_debt", equalTo(true))
                    .body("amount", equalTo("3.39"))
                    .body("currency", equalTo("EUR"))
                    .body("sessions", equalTo(List.of(sessionId)));
            // the same in the one call charging-service makes per start
            given().header("Authorization", "Bearer " + io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                    .queryParam("station_country", "DEU")
                    .get("/internal/v1/users/{id}/start-eligibility", userId)
                    .then().statusCode(200)
                    .body("open_debt.has_open_debt", equalTo(true))
                    .body("open_debt.amount", equalTo("3.39"))
                    .body("open_debt.sessions", equalTo(List.of(sessionId)))
                    .body("billing_readiness.ready", equalTo(true));

            // the user settles on session, as the partner's frontend does with Stripe.js
            JsonPath paid = payments.confirmOnSession(debtIntent, secret, pm);
            assertEquals("succeeded", paid.getString("status"));

            JsonNode settled = billing.await(KafkaProbe.event("billing.debt.settled.v1", sessionId),
                    Duration.ofSeconds(20), "billing.debt.settled.v1").path("data");
            assertEquals(debtId, settled.path("debt_id").asText());
            assertEquals(userId, settled.path("user_id").asText());
            List<JsonNode> allSettled = billing.all(KafkaProbe.event("billing.debt.settled.v1", sessionId),
                    Duration.ofSeconds(3));
            assertEquals(1, allSettled.size(), "settled once");

            // the invoice is announced again, now PAID, so the session's stored session_cost follows it
            List<JsonNode> invoiceEvents = billing.all(KafkaProbe.event("billing.invoice.issued.v1", sessionId),
                    Duration.ofSeconds(1));
            assertEquals(List.of("PAYMENT_FAILED", "PAID"),
                    invoiceEvents.stream().map(e -> e.path("data").path("status").asText()).toList());
            JsonNode reissued = invoiceEvents.get(1).path("data");
            assertEquals(issued.path("invoice_id").asText(), reissued.path("invoice_id").asText());
            assertEquals("5.39", reissued.path("session_cost").path("invoice_summary").asText());
            assertEquals(issued.path("session_cost").path("invoice_view").asText(),
                    reissued.path("session_cost").path("invoice_view").asText());
        }
        assertEquals(0, debtsOf(userId).getInt("count"));
        given().header("Authorization", "Bearer " + io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .get("/internal/v1/users/{id}/open-debt", userId)
                .then().statusCode(200).body("has_open_debt", equalTo(false)).body("sessions", hasSize(0));
        UUID session = UUID.fromString(sessionId);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(DebtStatus.SETTLED, Debt.bySession(session).orElseThrow().status);
            assertEquals(InvoiceStatus.PAID, Invoice.bySession(session).orElseThrow().status);
        });
    }

    @Test
    void a_payment_that_overtakes_its_debt_settles_it_as_it_opens() {
        UUID sessionId = UUID.randomUUID();
        String intent = "pi_early_" + UUID.randomUUID().toString().replace("-", "");
        String eventId = UUID.randomUUID().toString();
        try (KafkaProbe billing = new KafkaProbe(BILLING_TOPIC)) {
            KafkaProbe.send(PAYMENTS_TOPIC, userId, "{\"specversion\":\"1.0\",\"id\":\"" + eventId
                    + "\",\"source\":\"payment-service\",\"type\":\"payment.intent.succeeded.v1\","
                    + "\"partitionkey\":\"" + userId + "\",\"data\":{\"session_id\":\"" + sessionId
                    + "\",\"user_id\":\"" + userId + "\",\"payment_intent_id\":\"" + intent + "\",\"amount\":\"1.00\","
                    + "\"currency\":\"eur\"}}");
            awaitProcessed(eventId);
            assertTrue(billing.all(KafkaProbe.event("billing.debt.settled.v1", sessionId.toString()),
                    Duration.ofSeconds(1)).isEmpty(), "no debt yet, nothing settled");

            // the settlement that was answered by payment-service a moment before commits its debt now
            QuarkusTransaction.requiringNew().run(() -> {
                Invoice invoice = pendingInvoice(sessionId, "7.77");
                invoice.status = InvoiceStatus.PAYMENT_FAILED;
                debtLedger.open(invoice, new BigDecimal("7.77"), intent, intent + "_secret_x");
            });
            billing.await(KafkaProbe.event("billing.debt.opened.v1", sessionId.toString()), Duration.ofSeconds(15),
                    "billing.debt.opened.v1");
            billing.await(KafkaProbe.event("billing.debt.settled.v1", sessionId.toString()), Duration.ofSeconds(15),
                    "billing.debt.settled.v1");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(DebtStatus.SETTLED, Debt.bySession(sessionId).orElseThrow().status);
            assertEquals(InvoiceStatus.PAID, Invoice.bySession(sessionId).orElseThrow().status);
        });
        assertEquals(0, debtsOf(userId).getInt("count"));
    }

    @Test
    void billing_metrics_follow_a_session_to_its_debt() {
        String consumed = "consumer=\"billing-service.sessions\"";
        double lagBefore = Scrape.value("connect_billing_lag_seconds_count");
        double failedBefore = Scrape.value("connect_billing_invoices_total", "status=\"payment_failed\"");
        double debtsBefore = Scrape.value("connect_billing_debts_opened_total");
        double appliedBefore = Scrape.value("connect_events_consumed_total", consumed, "outcome=\"applied\"");
        String pm = payments.saveCard(partner.apiToken(), userId, "pm_card_holdThenDecline");
        String sessionId = UUID.randomUUID().toString();
        String holdId = payments.preAuthorize(sessionId, userId, pm, "2.00");

        try (KafkaProbe billing = new KafkaProbe(BILLING_TOPIC)) {
            KafkaProbe.send(SessionEvents.TOPIC, sessionId, SessionEvents.completed(UUID.randomUUID().toString(),
                    sessionId, userId, partner.id(), pm, holdId, "2.00", "10.000"));
            billing.await(KafkaProbe.event("billing.invoice.issued.v1", sessionId), SETTLED_WITHIN,
                    "billing.invoice.issued.v1");
        }
        assertTrue(Scrape.value("connect_billing_lag_seconds_count") >= lagBefore + 1, "lag recorded");
        assertTrue(Scrape.value("connect_billing_invoices_total", "status=\"payment_failed\"") >= failedBefore + 1);
        assertTrue(Scrape.value("connect_billing_debts_opened_total") >= debtsBefore + 1, "debt counted");
        assertTrue(Scrape.value("connect_events_consumed_total", consumed, "outcome=\"applied\"")
                >= appliedBefore + 1, "platform counts applied events");
    }

    private void awaitProcessed(String eventId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (QuarkusTransaction.requiringNew().call(() -> Invoice.getEntityManager().createNativeQuery(
                        "SELECT 1 FROM processed_event WHERE consumer = 'billing-service.payments' AND event_id = ?1")
                .setParameter(1, eventId).getResultList().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("payment event " + eventId + " not consumed");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private JsonPath debtsOf(String user) {
        return given().header("Authorization", "Bearer " + partner.apiToken())
                .get("/api/v1/users/{id}/charging/debts/", user)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void an_invoice_left_pending_by_a_crash_is_settled_by_the_retry_job() {
        String pm = payments.saveCard(partner.apiToken(), userId, "pm_card_visa");
        String sessionId = UUID.randomUUID().toString();
        String holdId = payments.preAuthorize(sessionId, userId, pm, "30.00");

        try (KafkaProbe billing = new KafkaProbe(BILLING_TOPIC)) {
            // what a crash right after the invoice commit leaves behind: a PENDING_PAYMENT invoice, no charge
            QuarkusTransaction.requiringNew().run(() -> pendingInvoice(UUID.fromString(sessionId), "7.77"));

            JsonNode issued = billing.await(KafkaProbe.event("billing.invoice.issued.v1", sessionId), SETTLED_WITHIN,
                    "billing.invoice.issued.v1 from the retry job").path("data");
            assertEquals("PAID", issued.path("status").asText());
            assertEquals("7.77", issued.path("session_cost").path("invoice_summary").asText());
        }
        assertEquals(777, payments.paymentIntent(holdId).getInt("amount_received"));
        JsonPath invoices = invoicesOf(userId);
        assertEquals(1, invoices.getInt("count"));
        assertNotNull(invoices.getString("results[0].link"));
    }

    @Test
    void a_crash_after_the_charge_but_before_its_outcome_was_saved_never_charges_again() {
        String pm = payments.saveCard(partner.apiToken(), userId, "pm_card_visa");
        String sessionId = UUID.randomUUID().toString();
        String holdId = payments.preAuthorize(sessionId, userId, pm, "30.00");
        UUID invoiceId = UUID.randomUUID();
        // billing's call reached payment-service and Stripe captured; billing stopped before saving the answer
        given().auth().oauth2(io.connect.testsupport.Neighbours.INTERNAL_TOKEN)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("session_id", sessionId, "user_id", userId, "invoice_id", invoiceId.toString(),
                        "amount", "7.77", "currency", "eur", "description", "Charging session " + sessionId,
                        "lines", List.of(java.util.Map.of("description", "Energy 14.414 kWh", "amount", "7.77"))))
                .post(paymentServiceUrl + "/internal/v1/charges").then().statusCode(200);

        try (KafkaProbe billing = new KafkaProbe(BILLING_TOPIC)) {
            QuarkusTransaction.requiringNew().run(() -> pendingInvoice(UUID.fromString(sessionId), "7.77", invoiceId));
            JsonNode issued = billing.await(KafkaProbe.event("billing.invoice.issued.v1", sessionId), SETTLED_WITHIN,
                    "billing.invoice.issued.v1 from the retry job").path("data");
            assertEquals("PAID", issued.path("status").asText());
            assertEquals(invoiceId.toString(), issued.path("invoice_id").asText());
            assertNotNull(issued.path("session_cost").path("invoice_view").asText(null));
            assertEquals(1, billing.all(KafkaProbe.event("billing.invoice.issued.v1", sessionId),
                    Duration.ofSeconds(3)).size(), "issued once");
        }
        JsonPath hold = payments.paymentIntent(holdId);
        assertEquals(777, hold.getInt("amount_received"), "captured once");
        assertEquals(List.of(holdId), payments.paymentIntentsOf(hold.getString("customer")).getList("data.id"));
        assertEquals(1, payments.postsTo("/v1/payment_intents/" + holdId + "/capture").size(),
                "the retry was answered from payment-service's record, Stripe saw one capture");
        assertEquals(1, payments.postsTo("/v1/invoices").stream()
                .filter(p -> ("invoice-" + sessionId).equals(p.get("idempotency_key"))).count(), "one Stripe invoice");
        assertEquals(1, invoicesOf(userId).getInt("count"));
    }

    private Invoice pendingInvoice(UUID sessionId, String total) {
        return pendingInvoice(sessionId, total, UUID.randomUUID());
    }

    private Invoice pendingInvoice(UUID sessionId, String total, UUID invoiceId) {
        BigDecimal amount = new BigDecimal(total);
        Invoice i = new Invoice();
        i.id = invoiceId;
        i.sessionId = sessionId;
        i.userId = userId;
        i.partnerId = partner.id();
        i.status = InvoiceStatus.PENDING_PAYMENT;
        i.setCost(new SessionCost(amount, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, new BigDecimal("1.24"),
                amount, Money.ZERO, Money.ZERO, "eur"));
        i.taxPercent = new BigDecimal("19");
        i.consumedEnergy = new BigDecimal("14.414");
        i.createdAt = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(30);
        i.updatedAt = i.createdAt;
        i.persist();
        return i;
    }

    private JsonPath invoicesOf(String user) {
        return given().header("Authorization", "Bearer " + partner.apiToken())
                .get("/api/v1/users/{id}/invoices/", user)
                .then().statusCode(200).extract().jsonPath();
    }

}
