package io.connect.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.net.Webhook;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The debt loop on payment-service's side, on the real Stripe emulator, Kafka and PostgreSQL: the user paying a
 * session's remainder PaymentIntent on session is announced once, and billing's debt events (sent here as billing
 * sends them) decide whether a payment method may be removed.
 */
@QuarkusTest
@QuarkusTestResource(SiblingsResource.class)
class DebtsTest {

    static final String PAYMENTS_TOPIC = "test.connect.payments.v1";
    static final String BILLING_TOPIC = "test.connect.billing.v1";

    @Inject
    AgroalDataSource db;

    @Test
    void aPaidDebtIsAnnouncedOnceEvenWhenItsWebhookIsReplayed() throws Exception {
        Stack.User user = Stack.newUser("debt-paid");
        String pm = Stack.addCard(user, "pm_card_holdThenDecline");
        String session = UUID.randomUUID().toString();
        preAuthorize(session, user, pm).statusCode(201);
        JsonPath charge = given().header("Authorization", Stack.INTERNAL).contentType("application/json")
                .body("{\"session_id\":\"" + session + "\",\"user_id\":\"" + user.id() + "\",\"invoice_id\":\"inv-1\","
                        + "\"amount\":\"45.00\",\"currency\":\"eur\",\"description\":\"Charging session\",\"lines\":[]}")
                .post("/internal/v1/charges").then().statusCode(200).body("status", equalTo("failed"))
                .extract().jsonPath();
        String intent = charge.getString("payment_intent_id");
        String secret = charge.getString("payment_intent_client_secret");

        try (KafkaConsumer<String, String> payments = fromNowOn(PAYMENTS_TOPIC)) {
            // what the partner's frontend does to settle the debt (Stripe.js confirmCardPayment)
            given().header("Authorization", "Bearer pk_test_local").contentType("application/x-www-form-urlencoded")
                    .formParam("client_secret", secret).formParam("payment_method", pm)
                    .post(Stack.stripeUrl() + "/v1/payment_intents/" + intent + "/confirm")
                    .then().statusCode(200).body("status", equalTo("succeeded"));

            List<JsonNode> seen = new ArrayList<>();
            JsonNode paid = await(payments, seen, "payment.intent.succeeded.v1", session, Duration.ofSeconds(20));
            assertEquals(user.id(), paid.path("partitionkey").asText());
            JsonNode data = paid.path("data");
            assertEquals(user.id(), data.path("user_id").asText());
            assertEquals(intent, data.path("payment_intent_id").asText());
            assertEquals("15.00", data.path("amount").asText());
            assertEquals("eur", data.path("currency").asText());

            // Stripe delivers the same event again (twice): nothing new is applied or announced
            String replay = Stack.JSON.writeValueAsString(stripeEvent("payment_intent.succeeded", intent));
            for (int i = 0; i < 2; i++) {
                given().header("Stripe-Signature", Webhook.Signature.generateSignatureHeader(replay,
                                SiblingsResource.WEBHOOK_SECRET))
                        .contentType("application/json").body(replay)
                        .post("/webhooks/stripe").then().statusCode(200).body("applied", is(false));
            }
            drain(payments, seen, Duration.ofSeconds(4));
            assertEquals(1, seen.stream().filter(e -> matches(e, "payment.intent.succeeded.v1", session)).count(),
                    "one payment.intent.succeeded.v1 per paid debt; the hold's capture is no debt payment");
        }
        assertNotNull(scalar("SELECT remainder_paid_at FROM session_charge WHERE session_id = ?::uuid", session));
        given().header("Authorization", "Bearer sk_test_local")
                .get(Stack.stripeUrl() + "/v1/invoices/" + charge.getString("stripe_invoice_id"))
                .then().statusCode(200).body("status", equalTo("paid"));
    }

    @Test
    void aUserWhoOwesCannotRemoveACardUntilTheDebtIsSettled() throws Exception {
        Stack.User user = Stack.newUser("debt-card");
        String pm = Stack.addCard(user, "pm_card_visa");
        String debtId = UUID.randomUUID().toString();
        String session = UUID.randomUUID().toString();

        String opened = sendBillingEvent("billing.debt.opened.v1", user.id(), Map.of("debt_id", debtId,
                "user_id", user.id(), "session_id", session, "amount", "3.39", "currency", "eur"));
        awaitProcessed(opened);
        given().header("Authorization", user.bearer())
                .delete("/api/v1/users/" + user.id() + "/payment-methods/" + pm + "/")
                .then().statusCode(402)
                .body("detail", containsString("open debt"))
                .body("error.type", equalTo("payment_error"));
        assertEquals(1, Stack.methods(user).getInt("count"), "the card stays");

        String settled = sendBillingEvent("billing.debt.settled.v1", user.id(), Map.of("debt_id", debtId,
                "user_id", user.id(), "session_id", session));
        awaitProcessed(settled);
        // the opened event delivered again late does not reopen the debt
        sendBillingEvent("billing.debt.opened.v1", user.id(), Map.of("debt_id", debtId, "user_id", user.id(),
                "session_id", session, "amount", "3.39", "currency", "eur"));
        Thread.sleep(1500);
        assertEquals("SETTLED", scalar("SELECT status FROM user_debt WHERE debt_id = ?", debtId));
        given().header("Authorization", user.bearer())
                .delete("/api/v1/users/" + user.id() + "/payment-methods/" + pm + "/")
                .then().statusCode(204);
        assertEquals(0, Stack.methods(user).getInt("count"));
    }

    @Test
    void aCardHoldingAPreAuthorisationCannotBeRemovedUntilItIsReleased() {
        Stack.User user = Stack.newUser("held-card");
        String pm = Stack.addCard(user, "pm_card_visa");
        String session = UUID.randomUUID().toString();
        preAuthorize(session, user, pm).statusCode(201).body("status", equalTo("requires_capture"));
        given().header("Authorization", user.bearer())
                .delete("/api/v1/users/" + user.id() + "/payment-methods/" + pm + "/")
                .then().statusCode(409).body("detail", containsString("pre-authorisation"));
        given().header("Authorization", Stack.INTERNAL)
                .post("/internal/v1/pre-authorizations/" + session + "/release").then().statusCode(200);
        given().header("Authorization", user.bearer())
                .delete("/api/v1/users/" + user.id() + "/payment-methods/" + pm + "/")
                .then().statusCode(204);
    }

    private static io.restassured.response.ValidatableResponse preAuthorize(String session, Stack.User user, String pm) {
        return given().header("Authorization", Stack.INTERNAL).contentType("application/json")
                .body(Map.of("session_id", session, "user_id", user.id(), "payment_method_id", pm,
                        "amount", "30.00", "currency", "eur"))
                .post("/internal/v1/pre-authorizations").then();
    }

    /** The event Stripe (the emulator) sent for this PaymentIntent, as Stripe stores it. */
    private static JsonNode stripeEvent(String type, String paymentIntentId) throws Exception {
        String body = given().header("Authorization", "Bearer sk_test_local").queryParam("type", type)
                .queryParam("limit", 100).get(Stack.stripeUrl() + "/v1/events").then().statusCode(200)
                .extract().asString();
        for (JsonNode event : Stack.JSON.readTree(body).path("data")) {
            if (paymentIntentId.equals(event.path("data").path("object").path("id").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " event for " + paymentIntentId + " at the emulator");
    }

    /** A CloudEvent as billing-service publishes it, sent with a plain producer; returns its id. */
    private static String sendBillingEvent(String type, String userId, Map<String, String> data) throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> event = Map.of("specversion", "1.0", "id", id, "source", "billing-service", "type", type,
                "subject", userId, "time", OffsetDateTime.now().toString(), "datacontenttype", "application/json",
                "partitionkey", userId, "data", data);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", "127.0.0.1:9092",
                "acks", "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(BILLING_TOPIC, userId, Stack.JSON.writeValueAsString(event))).get();
        }
        return id;
    }

    private void awaitProcessed(String eventId) {
        Stack.await("billing event " + eventId + " applied", () -> scalar(
                "SELECT event_id FROM processed_event WHERE consumer = 'payment-service.debts' AND event_id = ?",
                eventId) != null);
    }

    private static KafkaConsumer<String, String> fromNowOn(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", "127.0.0.1:9092",
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static JsonNode await(KafkaConsumer<String, String> consumer, List<JsonNode> seen, String type,
                                  String session, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            drain(consumer, seen, Duration.ofMillis(500));
            for (JsonNode e : seen) {
                if (matches(e, type, session)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no " + type + " for session " + session + " within " + within + "; seen " + seen);
    }

    private static void drain(KafkaConsumer<String, String> consumer, List<JsonNode> seen, Duration during) {
        long deadline = System.nanoTime() + during.toNanos();
        do {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                try {
                    seen.add(Stack.JSON.readTree(r.value()));
                } catch (Exception notJson) {
                    // someone else's record
                }
            }
        } while (System.nanoTime() < deadline);
    }

    private static boolean matches(JsonNode event, String type, String session) {
        return type.equals(event.path("type").asText()) && session.equals(event.path("data").path("session_id").asText());
    }

    private Object scalar(String sql, String param) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
