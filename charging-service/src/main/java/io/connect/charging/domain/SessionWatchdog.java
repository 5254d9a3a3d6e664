package io.connect.charging.domain;

import io.connect.charging.client.PaymentGateway;
import io.connect.charging.persistence.ChargingSession;
import io.connect.charging.persistence.ChargingSessionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Closes sessions that would otherwise stay open for ever: a start the CPO never answered
 * ({@code starting-timeout}) and a session the CPO went silent on, neither update nor CDR ({@code cdr-timeout}).
 * Both become FAILED with SessionFailed, so the partner sees {@code is_active: false} and the user may charge
 * again; the pre-authorisation is released, and a release that fails is retried on every run. Safe with
 * several replicas: sessions are taken with FOR UPDATE SKIP LOCKED.
 */
@ApplicationScoped
public class SessionWatchdog {

    private static final Logger LOG = Logger.getLogger(SessionWatchdog.class);
    private static final int BATCH = 100;

    @Inject
    SessionLifecycle lifecycle;

    @Inject
    ChargingSessionRepository sessions;

    @Inject
    PaymentGateway payment;

    @ConfigProperty(name = "connect.charging.watchdog.starting-timeout", defaultValue = "PT2M")
    Duration startingTimeout;

    @ConfigProperty(name = "connect.charging.watchdog.cdr-timeout", defaultValue = "PT6H")
    Duration cdrTimeout;

    @Scheduled(every = "${connect.charging.watchdog.interval:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warnf("session watchdog failed, next run retries: %s", e.toString());
        }
    }

    /** One sweep. @return what it did */
    public Result run() {
        OffsetDateTime now = ChargingSession.now();
        int failed = 0;
        List<UUID> batch;
        do {
            batch = lifecycle.failStale(now.minus(startingTimeout), now.minus(cdrTimeout), BATCH);
            failed += batch.size();
        } while (batch.size() == BATCH);
        int released = 0;
        int stillPending = 0;
        for (UUID id : QuarkusTransaction.requiringNew().call(() -> sessions.releasePending(BATCH))) {
            if (release(id)) {
                released++;
            } else {
                stillPending++;
            }
        }
        if (failed + released + stillPending > 0) {
            LOG.infof("session watchdog: %d failed, %d holds released, %d releases pending", failed, released,
                    stillPending);
        }
        return new Result(failed, released, stillPending);
    }

    /** Outside any transaction: payment-service's release is idempotent, so two replicas may both send it. */
    private boolean release(UUID sessionId) {
        try {
            payment.release(sessionId.toString());
        } catch (RuntimeException e) {
            LOG.debugf("session %s: release still failing: %s", sessionId, e.toString());
            return false;
        }
        lifecycle.markReleasePending(sessionId, false);
        return true;
    }

    public record Result(int failed, int released, int releasesPending) {
    }
}
