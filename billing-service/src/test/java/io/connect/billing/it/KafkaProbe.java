package io.connect.billing.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** A plain Kafka producer and a reader of a topic from "now on", for tests on the real broker. */
final class KafkaProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> seen = new ArrayList<>();

    /** Starts reading {@code topic} at its current end: only records written after this call are seen. */
    KafkaProbe(String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", io.connect.testsupport.Neighbours.KAFKA);
        p.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("enable.auto.commit", "false");
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    static void send(String topic, String key, String value) {
        Properties p = new Properties();
        p.put("bootstrap.servers", io.connect.testsupport.Neighbours.KAFKA);
        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** Waits until an event matching {@code match} arrived (or fails after {@code timeout}). */
    JsonNode await(Predicate<JsonNode> match, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (JsonNode e : seen) {
                if (match.test(e)) {
                    return e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout + "; seen: " + seen);
            }
            poll(Duration.ofMillis(500));
        }
    }

    /** Everything matching that arrived, after reading for {@code quietFor} more. */
    List<JsonNode> all(Predicate<JsonNode> match, Duration quietFor) {
        long deadline = System.nanoTime() + quietFor.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(500));
        }
        return seen.stream().filter(match).toList();
    }

    private void poll(Duration d) {
        for (ConsumerRecord<String, String> r : consumer.poll(d)) {
            try {
                seen.add(JSON.readTree(r.value()));
            } catch (Exception notJson) {
                // other writers' garbage is not our business
            }
        }
    }

    static Predicate<JsonNode> event(String type, String sessionId) {
        return e -> type.equals(e.path("type").asText()) && sessionId.equals(e.path("data").path("session_id").asText());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
