package io.connect.charging.metrics;

import io.connect.charging.domain.SessionState;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * {@code connect_charging_active_sessions}: sessions STARTING, ACTIVE or STOPPING. The count is cached for
 * {@code connect.metrics.active-sessions-cache} (5 s) so frequent scrapes do not each hit the database.
 */
@Startup
@ApplicationScoped
public class ActiveSessionsGauge {

    private static final List<SessionState> OPEN = List.of(SessionState.STARTING, SessionState.ACTIVE,
            SessionState.STOPPING);

    @Inject
    MeterRegistry registry;

    @Inject
    ChargingSessionRepository sessions;

    @ConfigProperty(name = "connect.metrics.active-sessions-cache", defaultValue = "PT5S")
    Duration cacheFor;

    private volatile long countedAtNanos;
    private volatile double count = Double.NaN;

    @PostConstruct
    void register() {
        Gauge.builder("connect.charging.active.sessions", this, ActiveSessionsGauge::value)
                .description("Charging sessions STARTING, ACTIVE or STOPPING").register(registry);
    }

    synchronized double value() {
        long now = System.nanoTime();
        if (Double.isNaN(count) || now - countedAtNanos > cacheFor.toNanos()) {
            try {
                count = QuarkusTransaction.requiringNew().call(() -> sessions.count("state in ?1", OPEN));
                countedAtNanos = now;
            } catch (RuntimeException e) {
                return count;
            }
        }
        return count;
    }
}
