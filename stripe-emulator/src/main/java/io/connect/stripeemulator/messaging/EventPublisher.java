package io.connect.stripeemulator.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connect.stripeemulator.config.EmulatorConfig;
import io.connect.stripeemulator.domain.RequestInfo;
import io.connect.stripeemulator.domain.StripeEvent;
import io.connect.stripeemulator.domain.StripeObject;
import io.connect.stripeemulator.persistence.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Records an Event for a change (listable at /v1/events) and hands it to the webhook dispatcher. */
@ApplicationScoped
public class EventPublisher {

    @Inject
    EmulatorConfig config;

    @Inject
    ObjectStore store;

    @Inject
    WebhookDispatcher dispatcher;

    public StripeEvent publish(String type, StripeObject object) {
        return publish(type, object, null);
    }

    public StripeEvent publish(String type, StripeObject object, ObjectNode previousAttributes) {
        RequestInfo request = RequestInfo.current();
        StripeEvent event = new StripeEvent(type, config.apiVersion(), object.toJson(), previousAttributes,
                request.requestId(), request.idempotencyKey());
        event.pendingWebhooks = dispatcher.endpoints().size();
        store.save(event);
        dispatcher.deliver(event);
        return event;
    }
}
