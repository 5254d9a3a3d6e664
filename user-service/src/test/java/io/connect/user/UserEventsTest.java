package io.connect.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.user.Api.Partner;
import io.connect.user.persistence.OpenDebtRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.connect.user.Api.as;
import static io.connect.user.Api.createUser;
import static io.connect.user.Api.newPartner;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Real Kafka both ways: user events leave through the outbox, billing's debt events arrive and block deletion. */
@QuarkusTest
class UserEventsTest {

    private static final String BOOTSTRAP = "127.0.0.1:9092";
    private static final String USERS_TOPIC = "test.connect.users.v1";
    private static final String BILLING_TOPIC = "test.connect.billing.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OpenDebtRepository debts;

    @Test
    void userCreatedCloudEventArrivesOnKafka() throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(USERS_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            Partner partner = newPartner("events");
            String userId = createUser(partner, "ev@example.com", null);

            ConsumerRecord<String, String> found = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (userId.equals(r.key())) {
                        found = r;
                        break;
                    }
                }
            }
            assertNotNull(found, "no user.created.v1 record keyed by the user id arrived");
            JsonNode event = JSON.readTree(found.value());
            assertEquals("1.0", event.path("specversion").asText());
            assertFalse(event.path("id").asText().isBlank());
            UUID.fromString(event.path("id").asText());
            assertEquals("user.created.v1", event.path("type").asText());
            assertEquals("/connect/user-service", event.path("source").asText());
            assertEquals(userId, event.path("subject").asText());
            assertEquals(userId, event.path("partitionkey").asText());
            assertEquals(userId, event.path("data").path("user_id").asText());
            assertEquals(partner.id(), event.path("data").path("partner_id").asText());
            assertEquals("ev@example.com", event.path("data").path("email").asText());
            assertEquals("en", event.path("data").path("locale").asText());
        }
    }

    @Test
    void openDebtBlocksDeletionUntilSettled() throws Exception {
        Partner partner = newPartner("debts");
        String userId = createUser(partner, "debtor@example.com", null);
        String debtId = "debt-" + UUID.randomUUID();
        String sessionId = UUID.randomUUID().toString();
        String openedEventId = UUID.randomUUID().toString();

        try (KafkaProducer<String, String> producer = producer()) {
            // Noise first: the consumer must skip these and carry on.
            send(producer, userId, "not a cloud event");
            send(producer, userId, cloudEvent(UUID.randomUUID().toString(), "billing.invoice.issued.v1", userId,
                    Map.of("invoice_id", "in_1", "user_id", userId)));
            String opened = cloudEvent(openedEventId, "billing.debt.opened.v1", userId, Map.of(
                    "debt_id", debtId, "user_id", userId, "session_id", sessionId,
                    "amount", "12.30", "currency", "eur"));
            send(producer, userId, opened);
            Api.await("the debt to be recorded", () -> debtCount(userId) == 1);

            Response refused = as(partner).delete("/api/v1/users/" + userId + "/");
            refused.then().statusCode(402)
                    .body("detail", not(nullValue()))
                    .body("error.type", equalTo("payment_error"))
                    .body("error.details", not(nullValue()))
                    .body("debt_details.amount", equalTo("12.30"))
                    .body("debt_details.currency", equalTo("EUR"))
                    .body("debt_details.sessions[0].debt_id", equalTo(debtId))
                    .body("debt_details.sessions[0].session_id", equalTo(sessionId))
                    .body("debt_details.sessions[0].currency", equalTo("EUR"));
            as(partner).get("/api/v1/users/" + userId + "/").then().statusCode(200)
                    .body("email", equalTo("debtor@example.com"));

            send(producer, userId, cloudEvent(UUID.randomUUID().toString(), "billing.debt.settled.v1", userId,
                    Map.of("debt_id", debtId, "user_id", userId)));
            Api.await("the debt to be settled", () -> debtCount(userId) == 0);

            // A redelivered opening (same event id) changes nothing; a marker event tells when it was consumed.
            String marker = UUID.randomUUID().toString();
            send(producer, userId, opened);
            send(producer, userId, cloudEvent(UUID.randomUUID().toString(), "billing.debt.opened.v1", userId,
                    Map.of("debt_id", "marker-" + marker, "user_id", marker, "amount", "1.00", "currency", "eur")));
            Api.await("the marker debt", () -> debtCount(marker) == 1);
            assertEquals(0, debtCount(userId));
        }
        as(partner).delete("/api/v1/users/" + userId + "/").then().statusCode(204);
    }

    private long debtCount(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> debts.count("userId", UUID.fromString(userId)));
    }

    private static String cloudEvent(String id, String type, String userId, Map<String, Object> data)
            throws Exception {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/connect/billing-service");
        event.put("type", type);
        event.put("subject", userId);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.put("partitionkey", userId);
        event.put("data", data);
        return JSON.writeValueAsString(event);
    }

    private static void send(KafkaProducer<String, String> producer, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(BILLING_TOPIC, key, value)).get();
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", BOOTSTRAP);
        p.put("enable.auto.commit", "false");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", BOOTSTRAP);
        p.put("acks", "all");
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }
}
