package io.connect.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Readiness {@code outbox}: DOWN when the oldest unpublished event waited longer than
 * {@code connect.outbox.health.max-age} (Kafka unreachable, relay stuck). The default is generous so a slow
 * broker at start-up does not take a service out of rotation.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "connect.outbox.health.max-age", defaultValue = "PT5M")
    Duration maxAge;

    @Override
    public HealthCheckResponse call() {
        Optional<OffsetDateTime> oldest;
        try {
            oldest = relay.oldestUnpublished();
        } catch (RuntimeException e) {
            // The database check names the cause; this one only says the backlog cannot be read.
            return HealthCheckResponse.named("outbox").down()
                    .withData("error", "outbox unreadable: " + e.getClass().getSimpleName())
                    .build();
        }
        long ageSeconds = oldest.map(t -> Duration.between(t, OffsetDateTime.now(ZoneOffset.UTC)).toSeconds())
                .orElse(0L);
        return HealthCheckResponse.named("outbox")
                .status(ageSeconds <= maxAge.toSeconds())
                .withData("oldest_unpublished_age_seconds", ageSeconds)
                .withData("max_age_seconds", maxAge.toSeconds())
                .build();
    }
}
