package io.connect.charging.metrics;

import io.connect.platform.errors.ApiException;
import io.connect.platform.errors.ErrorType;
import io.connect.platform.tx.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/**
 * Charging's business figures: {@code connect_charging_starts_total{outcome}}, {@code connect_charging_start_seconds}
 * and {@code connect_charging_energy_delivered_kwh_total}. Tags are fixed sets, never user or session ids.
 */
@ApplicationScoped
public class ChargingMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    AfterCommit afterCommit;

    /** Counts and times a start from subscription until it is answered (started, or the partner's error). */
    public <T> Uni<T> timedStart(Uni<T> start) {
        return Uni.createFrom().deferred(() -> {
            Timer.Sample sample = Timer.start(registry);
            return start.onItemOrFailure().invoke((item, failure) -> {
                String outcome = StartOutcome.of(failure);
                sample.stop(Timer.builder("connect.charging.start")
                        .description("POST /charging/start/ until the CPO's answer, by outcome")
                        .tag("outcome", outcome).register(registry));
                registry.counter("connect.charging.starts", "outcome", outcome).increment();
            });
        });
    }

    /** On completion (the CDR), once its transaction committed. */
    public void energyDelivered(BigDecimal kwh) {
        if (kwh == null || kwh.signum() <= 0) {
            return;
        }
        double value = kwh.doubleValue();
        afterCommit.run(() -> registry.counter("connect.charging.energy.delivered.kwh").increment(value));
    }

    /** The start outcome tag, from the error the partner receives. */
    static final class StartOutcome {

        private StartOutcome() {
        }

        static String of(Throwable failure) {
            if (failure == null) {
                return "started";
            }
            if (!(failure instanceof ApiException e)) {
                return "error";
            }
            String type = e.errorType() == null ? "" : e.errorType();
            return switch (type) {
                case ErrorType.ALREADY_CHARGING -> "already_charging";
                case ErrorType.STATION_AVAILABILITY_ISSUE -> "station_unavailable";
                case ErrorType.CHARGING_PROVIDER_ERROR -> "provider_error";
                case ErrorType.PRE_AUTHORIZATION_FAILED -> "payment_failed";
                case ErrorType.PAYMENT_ERROR -> e.body().containsKey("debt_details") ? "open_debt" : "payment_failed";
                case ErrorType.PAYMENT_METHOD_ERROR -> "invalid_payment_method";
                case ErrorType.VALIDATION_ERROR -> "invalid_request";
                case ErrorType.UNEXPECTED_ERROR -> "dependency_unavailable";
                default -> e.status() == 404 ? "evse_not_found" : "error";
            };
        }
    }
}
