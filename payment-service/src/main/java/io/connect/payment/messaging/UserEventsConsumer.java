package io.connect.payment.messaging;

import io.connect.payment.domain.CustomerService;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Creates the Stripe customer as soon as a user exists (the setup-intent path creates it lazily otherwise). */
@ApplicationScoped
public class UserEventsConsumer {

    static final String CONSUMER = "payment-service.users";
    private static final Logger LOG = Logger.getLogger(UserEventsConsumer.class);

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    CloudEventCodec codec;

    @Inject
    CustomerService customers;

    @Incoming("users")
    @Blocking
    public void onUserEvent(String value) {
        try {
            idempotent.apply(CONSUMER, value, event -> {
                if ("user.created.v1".equals(event.type())) {
                    UserEventData data = codec.data(event, UserEventData.class);
                    customers.ensureCustomer(UUID.fromString(data.userId()));
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("user event not applied (the customer will be created lazily): %s", e.getMessage());
        }
    }
}
