package io.connect.charging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** Reads a topic from "now" on with a plain KafkaConsumer, as any subscriber of our events would. */
public class EventTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> seen = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    public EventTap(String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:9092");
        p.put("enable.auto.commit", "false");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "now" before the test acts
    }

    /** Waits for an event of this type about this subject. */
    public JsonNode await(String type, String subject, Duration timeout) {
        List<JsonNode> found = collect(e -> type.equals(e.path("type").asText())
                && subject.equals(e.path("subject").asText()), 1, timeout);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type + " for " + subject + " within " + timeout + "; seen: " + seen);
        }
        return found.get(0);
    }

    public List<JsonNode> awaitCount(String type, String subject, int count, Duration timeout) {
        List<JsonNode> found = collect(e -> type.equals(e.path("type").asText())
                && subject.equals(e.path("subject").asText()), count, timeout);
        if (found.size() < count) {
            throw new AssertionError(count + " x " + type + " for " + subject + " expected; seen: " + seen);
        }
        return found;
    }

    /** Every matching event seen during {@code window} (also those seen before). */
    public List<JsonNode> all(String type, String subject, Duration window) {
        return collect(e -> type.equals(e.path("type").asText()) && subject.equals(e.path("subject").asText()),
                Integer.MAX_VALUE, window);
    }

    public List<String> keys() {
        return keys;
    }

    private List<JsonNode> collect(Predicate<JsonNode> match, int enough, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            List<JsonNode> matches = seen.stream().filter(match).toList();
            if (matches.size() >= enough) {
                return matches;
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                try {
                    seen.add(JSON.readTree(r.value()));
                    keys.add(r.key());
                } catch (Exception e) {
                    throw new AssertionError("not JSON: " + r.value(), e);
                }
            }
        } while (System.nanoTime() < deadline);
        return seen.stream().filter(match).toList();
    }

    public static void produce(String topic, String key, String value) {
        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:9092");
        p.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(p)) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("cannot produce to " + topic, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

}
