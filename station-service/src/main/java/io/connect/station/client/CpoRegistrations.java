package io.connect.station.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The CPO registrations charging-service made (credentials handshakes), read over its internal API and kept for
 * {@code connect.ocpi.registrations.cache-for}. A pull refused with 401 or a push with an unknown token asks again
 * at once, at most every {@code connect.ocpi.registrations.min-refresh}, so an attacker's tokens cannot turn into a
 * stream of calls. charging-service unreachable: the last known list stays (none at start: configured tokens only).
 */
@ApplicationScoped
public class CpoRegistrations {

    private static final Logger LOG = Logger.getLogger(CpoRegistrations.class);

    @Inject
    @RestClient
    ChargingServiceClient charging;

    @ConfigProperty(name = "connect.ocpi.registrations.cache-for", defaultValue = "PT5S")
    Duration cacheFor;

    @ConfigProperty(name = "connect.ocpi.registrations.min-refresh", defaultValue = "PT1S")
    Duration minRefresh;

    private volatile List<CpoRegistration> known = List.of();
    private volatile long fetchedAt;
    private volatile boolean fetchedOnce;

    /** The registration of the CPO with this key. */
    public Optional<CpoRegistration> forKey(String cpoKey) {
        return current().stream().filter(r -> cpoKey.equals(r.cpoKey())).findFirst();
    }

    /** The registration whose token B this is; an unknown token makes us ask charging-service again first. */
    public Optional<CpoRegistration> byTokenB(List<String> candidates) {
        Optional<CpoRegistration> found = issuedTo(current(), candidates);
        return found.isPresent() ? found : issuedTo(refresh(), candidates);
    }

    /** Asks charging-service now unless that was done less than {@code min-refresh} ago. */
    public synchronized List<CpoRegistration> refresh() {
        if (!fetchedOnce || System.nanoTime() - fetchedAt > minRefresh.toNanos()) {
            fetch();
        }
        return known;
    }

    private List<CpoRegistration> current() {
        if (!fetchedOnce || System.nanoTime() - fetchedAt > cacheFor.toNanos()) {
            synchronized (this) {
                if (!fetchedOnce || System.nanoTime() - fetchedAt > cacheFor.toNanos()) {
                    fetch();
                }
            }
        }
        return known;
    }

    private void fetch() {
        try {
            List<CpoRegistration> fetched = charging.cpoCredentials();
            known = fetched == null ? List.of() : List.copyOf(fetched);
        } catch (RuntimeException e) {
            // the exception never carries a token: the answer's body is not part of it
            LOG.warnf("CPO registrations not read from charging-service (%s), using the last known (%d)",
                    e.getClass().getSimpleName(), known.size());
        }
        fetchedAt = System.nanoTime();
        fetchedOnce = true;
    }

    private static Optional<CpoRegistration> issuedTo(List<CpoRegistration> registrations, List<String> candidates) {
        for (CpoRegistration r : registrations) {
            for (String token : candidates) {
                if (r.issuedTokenB(token)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
