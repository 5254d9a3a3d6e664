package io.connect.events.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.events.EventSchemas;
import io.connect.events.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A subscriber of {@code connect.charging.sessions.v1}: prints each event, validates it against its schema
 * and drops duplicates by CloudEvent id (delivery is at least once). A real subscriber keeps the seen ids
 * in its own database, in the transaction that handles the event.
 *
 * <pre>java -cp "events/target/events-*.jar:$(cat cp.txt)" io.connect.events.example.ChargingEventsConsumer [bootstrap] [group]</pre>
 */
public final class ChargingEventsConsumer {

    private static final int REMEMBERED_IDS = 10_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChargingEventsConsumer() {
    }

    public static void main(String[] args) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 0 ? args[0] : "127.0.0.1:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, args.length > 1 ? args[1] : "example-charging-subscriber");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        EventSchemas schemas = new EventSchemas();
        Set<String> seen = new LinkedHashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(EventTypes.CHARGING_SESSIONS_TOPIC));
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    handle(record, schemas, seen);
                }
                consumer.commitSync();
            }
        }
    }

    private static void handle(ConsumerRecord<String, String> record, EventSchemas schemas, Set<String> seen) {
        String id = idOf(record.value());
        if (id != null && !seen.add(id)) {
            System.out.println("duplicate " + id + ", skipped");
            return;
        }
        if (seen.size() > REMEMBERED_IDS) {
            seen.remove(seen.iterator().next());
        }
        List<String> problems = schemas.validate(record.value());
        System.out.printf("session %s partition %d offset %d %s%n  %s%n", record.key(), record.partition(),
                record.offset(), problems.isEmpty() ? "valid" : "INVALID " + problems, record.value());
    }

    private static String idOf(String json) {
        try {
            return MAPPER.readTree(json).path("id").asText(null);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
