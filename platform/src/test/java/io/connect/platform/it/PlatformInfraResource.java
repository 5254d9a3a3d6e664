package io.connect.platform.it;

import io.connect.testsupport.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The platform test app's database ({@code connect_platform_test}, created here when missing) and the probe topic
 * on the shared PostgreSQL and Kafka, each reached through a {@link TcpProxy} that tests may cut.
 */
public class PlatformInfraResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "connect_platform_test";
    static final String PROBE_TOPIC = "test.connect.platform-probe.v1";
    static final String KAFKA = "127.0.0.1:9092";

    private static TcpProxy postgres;
    private static TcpProxy kafka;

    static TcpProxy postgres() {
        return postgres;
    }

    static TcpProxy kafka() {
        return kafka;
    }

    @Override
    public Map<String, String> start() {
        createDatabase();
        createTopic();
        postgres = TcpProxy.to("127.0.0.1", 5432);
        kafka = TcpProxy.to("127.0.0.1", 9092);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + postgres.address() + "/" + DATABASE,
                "kafka.bootstrap.servers", kafka.address());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static void createDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (r.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " OWNER connect");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + DATABASE + " (is deploy/local/infra.sh started?)", e);
        }
    }

    private static void createTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA))) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            if (!topics.contains(PROBE_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(PROBE_TOPIC, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + PROBE_TOPIC + " (is Kafka started?)", e);
        }
    }
}
