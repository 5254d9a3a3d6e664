package io.connect.charging.client;

import io.connect.charging.config.OcpiSettings;
import io.connect.charging.ocpi.PartyStore;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.model.VersionDetails;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where and with which token we send commands to the CPO: the commands endpoint and token C of the credentials
 * handshake when there is one, else the configured {@code connect.ocpi.cpo-url} and token C. Read from the
 * database at most every 5 s (another replica may have rotated the tokens), at once after a change here.
 */
@ApplicationScoped
public class CpoLink {

    /** The commands module's URL and the token to present there. */
    public record Target(String commandsUrl, String token, boolean fromHandshake) {
    }

    private static final long TTL_NANOS = 5_000_000_000L;

    @Inject
    OcpiSettings settings;

    @Inject
    PartyStore store;

    private volatile Target cached;
    private volatile long loadedAt;

    public Target current() {
        Target target = cached;
        if (target == null || System.nanoTime() - loadedAt > TTL_NANOS) {
            target = QuarkusTransaction.joiningExisting().call(this::load);
            cached = target;
            loadedAt = System.nanoTime();
        }
        return target;
    }

    public void invalidate() {
        cached = null;
    }

    private Target load() {
        return store.registeredByUs()
                .flatMap(party -> {
                    VersionDetails details = store.endpoints(party);
                    return details.url("commands", Endpoint.RECEIVER)
                            .map(url -> new Target(trimSlash(url), party.tokenOut, true));
                })
                .orElseGet(() -> new Target(settings.cpoUrl() + "/commands", settings.cpoToken(), false));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
