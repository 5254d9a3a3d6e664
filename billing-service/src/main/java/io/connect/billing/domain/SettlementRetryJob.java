package io.connect.billing.domain;

import io.connect.billing.persistence.Invoice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Settles invoices left PENDING_PAYMENT (payment-service was down, or the service stopped between invoice and
 * charge). Only invoices older than {@code connect.billing.retry-min-age} are taken, so the consumer's own
 * attempt is not raced; after {@code connect.billing.max-attempts} an invoice is left for a human.
 */
@ApplicationScoped
public class SettlementRetryJob {

    @Inject
    Settlement settlement;

    @ConfigProperty(name = "connect.billing.retry-min-age")
    Duration minAge;

    @ConfigProperty(name = "connect.billing.max-attempts")
    int maxAttempts;

    @Scheduled(every = "${connect.billing.retry-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryPending() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(minAge);
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> Invoice.dueForSettlement(before, maxAttempts, 50));
        due.forEach(settlement::settle);
    }
}
