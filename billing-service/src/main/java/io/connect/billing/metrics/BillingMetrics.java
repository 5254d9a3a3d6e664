package io.connect.billing.metrics;

import io.connect.billing.domain.InvoiceStatus;
import io.connect.platform.tx.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Billing's business figures. Each is counted when the caller's transaction commits, so a rolled-back (and
 * redelivered) attempt is not counted twice; outside a transaction it is counted at once.
 */
@ApplicationScoped
public class BillingMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    AfterCommit afterCommit;

    /** {@code connect_billing_lag_seconds}: SessionCompleted's event time until its invoice was written. */
    public void invoiceCreated(OffsetDateTime sessionCompletedAt) {
        if (sessionCompletedAt == null) {
            return;
        }
        afterCommit.run(() -> Timer.builder("connect.billing.lag")
                .description("From SessionCompleted (event time) to the invoice being written")
                .register(registry)
                .record(Duration.between(sessionCompletedAt, OffsetDateTime.now()).abs()));
    }

    /** {@code connect_billing_invoices_total{status}}: invoices issued, by the status they were issued with. */
    public void invoiceIssued(InvoiceStatus status) {
        String tag = status.name().toLowerCase(Locale.ROOT);
        afterCommit.run(() -> registry.counter("connect.billing.invoices", "status", tag).increment());
    }

    /** {@code connect_billing_debts_opened_total}. */
    public void debtOpened() {
        afterCommit.run(() -> registry.counter("connect.billing.debts.opened").increment());
    }
}
