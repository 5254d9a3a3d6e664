package io.connect.payment.messaging;

import io.connect.payment.domain.CustomerService;
import io.connect.platform.events.CloudEventCodec;
import io.connect.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Creates the Stripe customer as soon as a user exists (the setup-intent path creates it lazily otherwise). A
 * transient failure (database restarting, Stripe briefly away) is retried, so the event is not dropped; a malformed
 * event is not retried. After the last retry the channel's failure strategy (ignore) lets the event go, with a log,
 * and the customer is created lazily.
 */
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
    @Retry(maxRetries = 20, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 60, durationUnit = ChronoUnit.SECONDS,
            abortOn = {CloudEventCodec.MalformedEventException.class, IllegalArgumentException.class})
    public void onUserEvent(String value) {
        try {
            idempotent.apply(CONSUMER, value, event -> {
                if ("user.created.v1".equals(event.type())) {
                    UserEventData data = codec.data(event, UserEventData.class);
                    customers.ensureCustomer(UUID.fromString(data.userId()));
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("user event not applied yet: %s", e.getMessage());
            throw e;
        }
    }
}
