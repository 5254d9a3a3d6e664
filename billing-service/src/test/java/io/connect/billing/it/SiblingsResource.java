package io.connect.billing.it;

import io.connect.testsupport.SiblingApp;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Real neighbours for billing-service's tests: user-service (partner tokens), the Stripe emulator and
 * payment-service talking to it. The three run as processes from their packaged jars.
 * If payment-service or the emulator has not been packaged yet, only user-service starts and the tests that
 * need payments are skipped (they say so); user-service itself is required.
 */
public class SiblingsResource implements QuarkusTestResourceLifecycleManager {

    static final String INTERNAL_TOKEN = "local-internal-token";
    static final String KAFKA = "127.0.0.1:9092";
    private static final Logger LOG = Logger.getLogger(SiblingsResource.class);

    private SiblingApp userService;
    private SiblingApp emulator;
    private SiblingApp paymentService;

    @Override
    public Map<String, String> start() {
        userService = startWithRetry("user-service", SiblingApp.freePort(), Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/connect_user_test",
                "connect.admin-token", "local-admin-token",
                "connect.internal-token", INTERNAL_TOKEN,
                "kafka.bootstrap.servers", KAFKA,
                "connect.topics.users", "test.connect.users.v1",
                "mp.messaging.incoming.billing-events.topic", "test.connect.billing.v1",
                "mp.messaging.incoming.billing-events.dead-letter-queue.topic",
                "test.connect.billing.v1.user-service.dlq"));
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-client.user-service.url", userService.url());
        config.put("test.user-service.url", userService.url());

        if (packaged("stripe-emulator") && packaged("payment-service")) {
            int emulatorPort = SiblingApp.freePort();
            int paymentPort = SiblingApp.freePort();
            String emulatorUrl = "http://127.0.0.1:" + emulatorPort;
            emulator = startWithRetry("stripe-emulator", emulatorPort, Map.of(
                    "stripe-emulator.public-url", emulatorUrl,
                    "stripe-emulator.webhook.endpoints", "http://127.0.0.1:" + paymentPort + "/webhooks/stripe",
                    "stripe-emulator.webhook.secret", "whsec_local"));
            paymentService = startWithRetry("payment-service", paymentPort, paymentServiceConfig(emulatorUrl));
            config.put("quarkus.rest-client.payment-service.url", paymentService.url());
            config.put("test.payment-service.url", paymentService.url());
            config.put("test.stripe-emulator.url", emulatorUrl);
            config.put("test.payments-available", "true");
        } else {
            LOG.warn("payment-service or stripe-emulator is not packaged: payment flow tests will be skipped");
            config.put("quarkus.rest-client.payment-service.url", "http://127.0.0.1:" + SiblingApp.freePort());
            config.put("test.payments-available", "false");
        }
        return config;
    }

    private Map<String, String> paymentServiceConfig(String emulatorUrl) {
        Map<String, String> p = new HashMap<>();
        p.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/connect_payment_test");
        p.put("stripe.api-base", emulatorUrl);
        // the jar runs in the prod profile, whose own %prod value would otherwise point at api.stripe.com
        p.put("%prod.stripe.api-base", emulatorUrl);
        p.put("stripe.api-key", "sk_test_local");
        p.put("stripe.webhook-secret", "whsec_local");
        p.put("quarkus.rest-client.user-service.url", userService.url());
        p.put("connect.internal-token", INTERNAL_TOKEN);
        p.put("kafka.bootstrap.servers", KAFKA);
        p.put("connect.topics.payments", "test.connect.payments.v1");
        p.put("mp.messaging.incoming.users.topic", "test.connect.users.v1");
        return p;
    }

    /**
     * A "free" port can be taken by another process before the sibling binds it (many builds share this
     * machine); such a start is tried again, on the same port, since other siblings were told that port.
     */
    private static SiblingApp startWithRetry(String module, int port, Map<String, String> properties) {
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return SiblingApp.start(module, port, properties);
            } catch (IllegalStateException e) {
                last = e;
                LOG.warnf("%s did not start (attempt %d): %s", module, attempt, e.getMessage());
            }
        }
        throw last;
    }

    private static boolean packaged(String module) {
        return Files.isRegularFile(SiblingApp.repositoryRoot().resolve(module)
                .resolve("target/quarkus-app/quarkus-run.jar"));
    }

    @Override
    public void stop() {
        for (SiblingApp app : new SiblingApp[]{paymentService, emulator, userService}) {
            if (app != null) {
                app.close();
            }
        }
    }
}
