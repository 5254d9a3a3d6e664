package io.connect.platform.health;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Readiness {@code kafka}: asks the bootstrap servers for the cluster (describeCluster) with a short timeout.
 * A fresh admin client per probe on purpose: a long-lived client keeps its connections to the brokers it learnt
 * about and would go on answering from them, so it cannot tell that the bootstrap address is gone. The answer is
 * cached for {@code connect.health.kafka.cache-for}, so probes from several kubelets cost one round trip.
 */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    static final String NAME = "kafka";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @ConfigProperty(name = "connect.health.kafka.timeout", defaultValue = "PT2S")
    Duration timeout;

    @ConfigProperty(name = "connect.health.kafka.cache-for", defaultValue = "PT3S")
    Duration cacheFor;

    private HealthCheckResponse last;
    private long lastAtNanos;

    @Override
    public synchronized HealthCheckResponse call() {
        if (last == null || System.nanoTime() - lastAtNanos > cacheFor.toNanos()) {
            last = probe();
            lastAtNanos = System.nanoTime();
        }
        return last;
    }

    private HealthCheckResponse probe() {
        int millis = (int) timeout.toMillis();
        Admin admin = null;
        try {
            admin = Admin.create(adminProperties(millis));
            DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis));
            String clusterId = cluster.clusterId().get(millis + 500L, TimeUnit.MILLISECONDS);
            int brokers = cluster.nodes().get(millis + 500L, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named(NAME).up()
                    .withData("bootstrap_servers", bootstrapServers)
                    .withData("cluster_id", String.valueOf(clusterId))
                    .withData("brokers", brokers)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return down(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } finally {
            if (admin != null) {
                admin.close(Duration.ZERO);
            }
        }
    }

    private HealthCheckResponse down(String error) {
        return HealthCheckResponse.named(NAME).down()
                .withData("bootstrap_servers", bootstrapServers)
                .withData("error", error)
                .build();
    }

    /** The application's Kafka settings (security, SASL...) that an admin client understands, with short timeouts. */
    private Properties adminProperties(int millis) {
        Properties p = new Properties();
        kafkaConfig.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "connect-health");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Math.min(millis, 1000));
        p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, millis);
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return p;
    }
}
