package io.connect.payment;

import com.stripe.net.Webhook;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(SiblingsResource.class)
class PaymentMethodsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void setupIntentAnswersBothSecretFields() {
        Stack.User user = Stack.newUser("seti");
        JsonPath body = given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/setup-intents/")
                .then().statusCode(200).extract().jsonPath();
        String secret = body.getString("client_secret");
        assertTrue(secret.startsWith("seti_") && secret.contains("_secret_"), secret);
        assertEquals(secret, body.getString("setup_intent_client_secret"));
        // A second request is a new SetupIntent for the same (single) customer.
        assertFalse(secret.equals(Stack.setupIntentSecret(user)));
        assertEquals(1, count("SELECT count(*) FROM stripe_customer WHERE user_id = ?", UUID.fromString(user.id())));
    }

    @Test
    void onlyCardIsAPaymentMethodType() {
        Stack.User user = Stack.newUser("paypal");
        given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/setup-intents/?pm_type=paypal")
                .then().statusCode(400)
                .body("error.type", equalTo("validation_error"))
                .body("error.details", containsString("pm_type"));
    }

    @Test
    void partnersNeedATokenAndSeeOnlyTheirUsers() {
        Stack.User mine = Stack.newUser("mine");
        Stack.User theirs = Stack.newUser("theirs");
        given().get("/api/v1/users/" + mine.id() + "/payment-methods/").then().statusCode(403);
        given().header("Authorization", "Bearer not-a-token")
                .get("/api/v1/users/" + mine.id() + "/setup-intents/").then().statusCode(403);
        given().header("Authorization", mine.bearer())
                .get("/api/v1/users/" + theirs.id() + "/payment-methods/").then().statusCode(404);
        given().header("Authorization", mine.bearer())
                .get("/api/v1/users/" + theirs.id() + "/setup-intents/").then().statusCode(404);
    }

    @Test
    void userCreatedEventCreatesTheCustomerOnce() {
        Stack.User user = Stack.newUser("event");
        UUID id = UUID.fromString(user.id());
        Stack.await("customer from user.created.v1",
                () -> count("SELECT count(*) FROM stripe_customer WHERE user_id = ?", id) == 1);
        String customer = text("SELECT stripe_customer_id FROM stripe_customer WHERE user_id = ?", id);
        Stack.setupIntentSecret(user);
        assertEquals(customer, text("SELECT stripe_customer_id FROM stripe_customer WHERE user_id = ?", id));
    }

    @Test
    void savedCardsDefaultsAndRemoval() {
        Stack.User user = Stack.newUser("cards");
        try (KafkaConsumer<String, String> events = paymentEvents()) {
            String visa = Stack.addCard(user, "pm_card_visa");
            JsonPath list = Stack.methods(user);
            assertEquals(1, list.getInt("count"));
            assertEquals(visa, list.getString("results[0].id"));
            assertTrue(list.getBoolean("results[0].default"));
            assertEquals("card", list.getString("results[0].type"));
            assertEquals("visa", list.getString("results[0].card.brand"));
            assertEquals("4242", list.getString("results[0].card.last4"));
            assertEquals("04/2044", list.getString("results[0].card.expiration_date"));
            assertTrue(list.getMap("results[0].card").containsKey("cardholder_name"));
            assertTrue(list.getString("results[0].created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

            String mastercard = Stack.addCard(user, "pm_card_mastercard");
            assertEquals(Boolean.FALSE, defaultFlag(user, mastercard));
            assertEquals(Boolean.TRUE, defaultFlag(user, visa));

            given().header("Authorization", user.bearer())
                    .post("/api/v1/users/" + user.id() + "/payment-methods/" + mastercard + "/default/")
                    .then().statusCode(204);
            assertEquals(Boolean.TRUE, defaultFlag(user, mastercard));
            assertEquals(Boolean.FALSE, defaultFlag(user, visa));
            given().header("Authorization", Stack.INTERNAL)
                    .get("/internal/v1/users/" + user.id() + "/payment-methods/" + mastercard)
                    .then().statusCode(200).body("default", is(true)).body("type", equalTo("card"));

            given().header("Authorization", user.bearer())
                    .delete("/api/v1/users/" + user.id() + "/payment-methods/" + mastercard + "/")
                    .then().statusCode(204);
            JsonPath after = Stack.methods(user);
            assertEquals(1, after.getInt("count"));
            assertEquals(visa, after.getString("results[0].id"));
            assertTrue(after.getBoolean("results[0].default"), "the remaining card becomes the default");
            given().header("Authorization", Stack.INTERNAL)
                    .get("/internal/v1/users/" + user.id() + "/payment-methods/" + mastercard)
                    .then().statusCode(404);

            List<String> types = awaitEvents(events, user.id(), 3);
            assertEquals(2, types.stream().filter("payment.method.attached.v1"::equals).count(), types.toString());
            assertTrue(types.contains("payment.method.detached.v1"), types.toString());
        }
    }

    @Test
    void paymentMethodsOfOthersOrUnknownAreNotFound() {
        Stack.User owner = Stack.newUser("owner");
        String pm = Stack.addCard(owner, "pm_card_visa");
        PartnerSibling sibling = PartnerSibling.of(owner);
        for (String user : List.of(sibling.userId(), owner.id())) {
            String target = user.equals(owner.id()) ? "pm_unknown" : pm;
            given().header("Authorization", owner.bearer())
                    .post("/api/v1/users/" + user + "/payment-methods/" + target + "/default/")
                    .then().statusCode(404);
            given().header("Authorization", owner.bearer())
                    .delete("/api/v1/users/" + user + "/payment-methods/" + target + "/")
                    .then().statusCode(404);
        }
        given().header("Authorization", Stack.INTERNAL)
                .get("/internal/v1/users/" + sibling.userId() + "/payment-methods/" + pm)
                .then().statusCode(404);
        given().get("/internal/v1/users/" + owner.id() + "/payment-methods/" + pm).then().statusCode(403);
        assertEquals(1, Stack.methods(owner).getInt("count"));
    }

    @Test
    void forgedWebhookIsRefusedAndChangesNothing() throws Exception {
        Stack.User user = Stack.newUser("forged");
        String pm = Stack.addCard(user, "pm_card_visa");
        String eventId = "evt_forged_" + UUID.randomUUID().toString().replace("-", "");
        String payload = event(eventId, "payment_method.detached", pm);
        String forged = Webhook.Signature.generateSignatureHeader(payload, "whsec_not_the_secret");
        given().header("Stripe-Signature", forged).contentType("application/json").body(payload)
                .post("/webhooks/stripe").then().statusCode(400).body("error.type", equalTo("validation_error"));
        long stale = System.currentTimeMillis() / 1000 - 3600;
        given().header("Stripe-Signature", Webhook.Signature.generateSignatureHeader(payload,
                        SiblingsResource.WEBHOOK_SECRET, stale))
                .contentType("application/json").body(payload)
                .post("/webhooks/stripe").then().statusCode(400);
        given().contentType("application/json").body(payload).post("/webhooks/stripe").then().statusCode(400);
        assertEquals(0, count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId));
        assertEquals(1, Stack.methods(user).getInt("count"));
    }

    @Test
    void aReplayedWebhookIsAppliedOnce() throws Exception {
        Stack.User user = Stack.newUser("replay");
        String pm = Stack.addCard(user, "pm_card_visa");
        String eventId = "evt_replay_" + UUID.randomUUID().toString().replace("-", "");
        String payload = event(eventId, "payment_method.detached", pm);
        for (boolean expectApplied : new boolean[] {true, false}) {
            given().header("Stripe-Signature", Webhook.Signature.generateSignatureHeader(payload,
                            SiblingsResource.WEBHOOK_SECRET))
                    .contentType("application/json").body(payload)
                    .post("/webhooks/stripe").then().statusCode(200).body("applied", is(expectApplied));
        }
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE consumer = 'stripe-webhook' AND event_id = ?",
                eventId));
        assertEquals(0, Stack.methods(user).getInt("count"));
        // A late "attached" for the same method (another event id) does not bring it back.
        String late = event("evt_late_" + UUID.randomUUID().toString().replace("-", ""), "payment_method.attached", pm);
        given().header("Stripe-Signature", Webhook.Signature.generateSignatureHeader(late, SiblingsResource.WEBHOOK_SECRET))
                .contentType("application/json").body(late)
                .post("/webhooks/stripe").then().statusCode(200);
        assertEquals(0, Stack.methods(user).getInt("count"));
    }

    @Test
    void listIsPaginatedWithAbsoluteLinks() {
        Stack.User user = Stack.newUser("pages");
        Stack.addCard(user, "pm_card_visa");
        Stack.addCard(user, "pm_card_mastercard");
        JsonPath first = given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/payment-methods/?page_size=1")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, first.getInt("count"));
        assertEquals(1, first.getList("results").size());
        assertNotNull(first.getString("next"));
        assertTrue(first.getString("next").startsWith("http://") && first.getString("next").contains("page=2"));
        given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/payment-methods/?page_size=1&page=2")
                .then().statusCode(200).body("next", equalTo(null)).body("previous", startsWith("http://"));
        given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/payment-methods/?page=zero")
                .then().statusCode(400).body("error.details", containsString("page"));
        // platform pagination rules: page_size above 100 is capped, a page past the end is DRF's 404
        given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/payment-methods/?page_size=1000")
                .then().statusCode(200).body("count", equalTo(2)).body("results.size()", equalTo(2));
        given().header("Authorization", user.bearer())
                .get("/api/v1/users/" + user.id() + "/payment-methods/?page_size=1&page=3")
                .then().statusCode(404).body("detail", equalTo("Invalid page."));
    }

    private static Boolean defaultFlag(Stack.User user, String pm) {
        List<Map<String, Object>> results = Stack.methods(user).getList("results");
        return results.stream().filter(r -> pm.equals(r.get("id"))).map(r -> (Boolean) r.get("default"))
                .findFirst().orElse(null);
    }

    private static String event(String id, String type, String paymentMethod) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2025-01-27.acacia\",\"created\":"
                + System.currentTimeMillis() / 1000 + ",\"type\":\"" + type + "\",\"livemode\":false,"
                + "\"pending_webhooks\":1,\"request\":{\"id\":null,\"idempotency_key\":null},"
                + "\"data\":{\"object\":{\"id\":\"" + paymentMethod + "\",\"object\":\"payment_method\","
                + "\"customer\":null,\"type\":\"card\"}}}";
    }

    private static KafkaConsumer<String, String> paymentEvents() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", "127.0.0.1:9092",
                "group.id", "payment-service-test-" + UUID.randomUUID(),
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("test.connect.payments.v1").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static List<String> awaitEvents(KafkaConsumer<String, String> consumer, String userId, int atLeast) {
        List<String> types = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (types.size() < atLeast && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (userId.equals(record.key())) {
                    try {
                        var event = Stack.JSON.readTree(record.value());
                        assertEquals(userId, event.path("data").path("user_id").asText());
                        types.add(event.path("type").asText());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return types;
    }

    private long count(String sql, Object param) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql, Object param) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another user of the same partner, for "not this user's payment method". */
    record PartnerSibling(String userId) {
        static PartnerSibling of(Stack.User user) {
            return new PartnerSibling(Stack.partners().createUser(user.partner(), "sibling-" + UUID.randomUUID()
                    + "@example.com"));
        }
    }
}
