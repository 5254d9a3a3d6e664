package io.connect.charging.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.charging.config.Json;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.connect.platform.events.CloudEvent;
import io.connect.platform.inbox.ResilientConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** billing.invoice.issued.v1 puts the invoice's session_cost on the session (the partner sees it on GET). */
@ApplicationScoped
public class InvoiceConsumer {

    private static final Logger LOG = Logger.getLogger(InvoiceConsumer.class);
    static final String INVOICE_ISSUED = "billing.invoice.issued.v1";
    static final String CONSUMER = "charging-service.invoices";
    static final ResilientConsumer.Retries RETRIES =
            new ResilientConsumer.Retries(5, Duration.ofMillis(500), Duration.ofSeconds(10));

    @Inject
    ResilientConsumer inbox;

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    Json json;

    @Incoming("billing-events")
    @Blocking
    public void onBillingEvent(String value) {
        inbox.consume(CONSUMER, value, Set.of(INVOICE_ISSUED), RETRIES, this::apply);
    }

    private void apply(CloudEvent event) {
        JsonNode data = event.data();
        JsonNode cost = data == null ? null : data.get("session_cost");
        UUID sessionId = parse(data == null ? null : data.path("session_id").asText(null));
        if (sessionId == null || cost == null || !cost.isObject()) {
            LOG.warnf("invoice event %s has no usable session_id/session_cost, skipped", event.id());
            return;
        }
        sessions.lock(sessionId).ifPresentOrElse(
                s -> s.sessionCost = json.write(cost),
                () -> LOG.warnf("invoice event %s names unknown session %s, skipped", event.id(), sessionId));
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
