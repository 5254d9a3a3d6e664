package io.connect.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.events.EventSchemas;
import io.connect.events.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validates every event the running stack has published against the public schemas of module {@code events}.
 * Named Z... so that failsafe (runOrder alphabetical) runs it after UserJourneyIT, whose session must show up
 * here as started, progress and completed events written during this test run.
 */
class ZEventContractIT {

    private static final String BOOTSTRAP = System.getProperty("connect.kafka", "127.0.0.1:9092");
    private static final List<String> TOPICS = List.of(EventTypes.CHARGING_SESSIONS_TOPIC, EventTypes.BILLING_TOPIC,
            EventTypes.USERS_TOPIC, EventTypes.PAYMENTS_TOPIC);
    private static final Duration READ_AT_MOST = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EventSchemas schemas = new EventSchemas();

    @Test
    void everyPublishedEventMatchesItsSchemaAndTheJourneysSessionEventsAreThere() {
        Instant runStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Map<String, Integer> validated = new TreeMap<>();
        Map<String, Integer> validatedThisRun = new TreeMap<>();
        List<String> violations = new ArrayList<>();

        for (ConsumerRecord<String, String> record : readAllFromTheBeginning()) {
            JsonNode event = parse(record.value());
            String type = event == null ? null : event.path("type").asText(null);
            if (!EventSchemas.hasSchema(type)) {
                continue;
            }
            List<String> problems = schemas.validate(record.value());
            if (!problems.isEmpty()) {
                violations.add(record.topic() + "@" + record.partition() + ":" + record.offset() + " " + type + " "
                        + problems);
                continue;
            }
            if (!event.path("partitionkey").asText().equals(record.key())) {
                violations.add(record.topic() + "@" + record.offset() + " " + type + ": key " + record.key()
                        + " is not the partitionkey " + event.path("partitionkey").asText());
                continue;
            }
            validated.merge(type, 1, Integer::sum);
            if (OffsetDateTime.parse(event.path("time").asText()).toInstant().isAfter(runStarted)) {
                validatedThisRun.merge(type, 1, Integer::sum);
            }
        }

        assertEquals(List.of(), violations, "events that break the published contract");
        for (String type : List.of(EventTypes.SESSION_STARTED, EventTypes.SESSION_PROGRESS,
                EventTypes.SESSION_COMPLETED)) {
            assertTrue(validatedThisRun.getOrDefault(type, 0) > 0,
                    "no valid " + type + " from this run's journey; validated this run: " + validatedThisRun
                            + ", in total: " + validated);
        }
    }

    /** Every record present when the read starts, on every partition of the topics; stops by itself. */
    private static List<ConsumerRecord<String, String>> readAllFromTheBeginning() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-event-contract-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_AT_MOST);
            while (!reached(consumer, end) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            assertTrue(reached(consumer, end), "could not read the topics to their end within " + READ_AT_MOST);
        }
        return records;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static JsonNode parse(String value) {
        try {
            return value == null ? null : MAPPER.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }
}
