package io.connect.charging.metrics;

import io.connect.charging.domain.CommandWaiters;
import io.connect.charging.domain.StartAdmission;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code connect_charging_start_waiters}: starts on this replica waiting for the CPO's answer. Each is a future,
 * not a thread, so this may be in the thousands while {@code jvm_threads_live_threads} stays flat.
 * {@code connect_charging_start_queued}: starts waiting for their turn to prepare ({@code StartAdmission}).
 */
@Startup
@ApplicationScoped
public class StartWaitersGauge {

    @Inject
    MeterRegistry registry;

    @Inject
    CommandWaiters waiters;

    @Inject
    StartAdmission admission;

    @PostConstruct
    void register() {
        Gauge.builder("connect.charging.start.waiters", waiters, CommandWaiters::waiting)
                .description("Starts on this replica waiting for the CPO's CommandResult").register(registry);
        Gauge.builder("connect.charging.start.queued", admission, StartAdmission::waiting)
                .description("Starts waiting for their turn to prepare").register(registry);
    }
}
