package io.connect.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** The relay's figures: {@code connect_outbox_backlog}, {@code connect_outbox_published_total}, failures. */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxRelay relay;

    private Counter published;
    private Counter failures;

    @PostConstruct
    void register() {
        published = Counter.builder("connect.outbox.published")
                .description("Outbox events acknowledged by Kafka").register(registry);
        failures = Counter.builder("connect.outbox.relay.failures")
                .description("Relay runs that failed and will be retried").register(registry);
        Gauge.builder("connect.outbox.backlog", this, OutboxMetrics::backlog)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
    }

    void published(int count) {
        if (count > 0) {
            published.increment(count);
        }
    }

    void relayFailed() {
        failures.increment();
    }

    private double backlog() {
        try {
            return relay.backlog();
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog unavailable: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
