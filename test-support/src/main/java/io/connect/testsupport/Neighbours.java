package io.connect.testsupport;

import java.util.HashMap;
import java.util.Map;

/**
 * The real neighbour services that several modules' tests start, configured once for tests: their _test
 * databases, test.-prefixed topics and local tokens, so no test ever feeds the running stack.
 */
public final class Neighbours {

    public static final String INTERNAL_TOKEN = "local-internal-token";
    public static final String ADMIN_TOKEN = PartnerFixture.LOCAL_ADMIN_TOKEN;
    public static final String KAFKA = "127.0.0.1:9092";

    private Neighbours() {
    }

    /** user-service for partner tokens: the admin API and the token checks every other service makes. */
    public static SiblingApp userService() {
        return SiblingApp.start("user-service", Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/connect_user_test",
                "connect.admin-token", ADMIN_TOKEN,
                "connect.internal-token", INTERNAL_TOKEN,
                "kafka.bootstrap.servers", KAFKA,
                "connect.topics.users", "test.connect.users.v1",
                "mp.messaging.incoming.billing-events.topic", "test.connect.billing.v1",
                "mp.messaging.incoming.billing-events.group.id", "user-service-sibling"));
    }

    /** The Stripe emulator, sending its webhooks to {@code webhookUrl}. */
    public static SiblingApp stripeEmulator(String webhookUrl, String webhookSecret) {
        int port = SiblingApp.freePort();
        return SiblingApp.start("stripe-emulator", port, Map.of(
                "stripe-emulator.webhook.endpoints", webhookUrl,
                "stripe-emulator.webhook.secret", webhookSecret,
                "stripe-emulator.public-url", "http://127.0.0.1:" + port));
    }

    /** The Stripe emulator and a payment-service that talks to it (and receives its webhooks). */
    public record Payments(SiblingApp stripe, SiblingApp service) implements AutoCloseable {
        @Override
        public void close() {
            service.close();
            stripe.close();
        }
    }

    /** payment-service on the Stripe emulator, checking tokens with {@code users}; its webhooks signed with whsec_local. */
    public static Payments payments(SiblingApp users) {
        int paymentPort = SiblingApp.freePort();
        SiblingApp stripe = stripeEmulator("http://127.0.0.1:" + paymentPort + "/webhooks/stripe", "whsec_local");
        Map<String, String> props = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/connect_payment_test",
                "connect.internal-token", INTERNAL_TOKEN,
                "kafka.bootstrap.servers", KAFKA,
                "stripe.api-base", stripe.url(),
                "stripe.api-key", "sk_test_local",
                "stripe.webhook-secret", "whsec_local",
                "quarkus.rest-client.user-service.url", users.url(),
                "connect.topics.payments", "test.connect.payments.v1",
                "mp.messaging.incoming.users.topic", "test.connect.users.v1"));
        props.put("mp.messaging.incoming.users.group.id", "payment-service-sibling");
        props.put("mp.messaging.incoming.billing-events.topic", "test.connect.billing.v1");
        props.put("mp.messaging.incoming.billing-events.group.id", "payment-service-sibling");
        return new Payments(stripe, SiblingApp.start("payment-service", paymentPort, props));
    }
}
