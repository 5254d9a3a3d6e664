package io.connect.payment.messaging;

import io.connect.payment.domain.CustomerService;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.ResilientConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Creates the Stripe customer as soon as a user exists (the setup-intent path creates it lazily otherwise). A
 * transient failure (database restarting, Stripe briefly away) is retried for up to a minute, so the event is not
 * dropped; a malformed event is not retried. After the last retry the channel's failure strategy (ignore) lets the
 * event go, with a log, and the customer is created lazily.
 */
@ApplicationScoped
public class UserEventsConsumer {

    static final String CONSUMER = "payment-service.users";
    static final String USER_CREATED = "user.created.v1";
    static final ResilientConsumer.Retries RETRIES =
            new ResilientConsumer.Retries(20, Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Inject
    ResilientConsumer inbox;

    @Inject
    CloudEventCodec codec;

    @Inject
    CustomerService customers;

    @Incoming("users")
    @Blocking
    public void onUserEvent(String value) {
        inbox.consume(CONSUMER, value, Set.of(USER_CREATED), RETRIES, event -> {
            UserEventData data = codec.data(event, UserEventData.class);
            if (data.userId() == null) {
                throw new IllegalArgumentException("user_id is missing");
            }
            customers.ensureCustomer(UUID.fromString(data.userId()));
        });
    }
}
