package io.connect.charging.ocpi;

import io.connect.charging.config.OcpiSettings;
import io.connect.ocpi.transport.OcpiHeaders;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Keeps the registrations with the configured CPOs alive, every {@code connect.ocpi.handshake-retry} (first
 * shortly after start-up): a stored registration whose token C the CPO refuses is dropped (commands fall back to
 * the configured token at once); then, for each CPO with a TOKEN_A configured ({@code connect.ocpi.cpo-token-a},
 * {@code connect.ocpi.cpos.<key>.token-a}) and no registration, we register (again), retrying until it succeeded
 * (the CPO may start later than we do).
 */
@ApplicationScoped
public class CpoRegistrationKeeper {

    private static final Logger LOG = Logger.getLogger(CpoRegistrationKeeper.class);

    @Inject
    OcpiSettings settings;

    @Inject
    CpoHandshake handshake;

    @Scheduled(every = "${connect.ocpi.handshake-retry:30s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void keepRegistered() {
        settings.cpos().values().forEach(this::keepRegistered);
    }

    private void keepRegistered(OcpiSettings.Cpo cpo) {
        if (handshake.current(cpo.key()).map(handshake::verify).orElse(false) || cpo.tokenA().isEmpty()) {
            return;
        }
        try {
            handshake.register(cpo, cpo.tokenA().get(), OcpiHeaders.newId());
        } catch (RuntimeException e) {
            LOG.warnf("OCPI credentials handshake with CPO %s at %s failed, will retry: %s", cpo.key(),
                    cpo.versionsUrl(), e.getMessage());
        }
    }
}
