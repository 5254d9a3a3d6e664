package io.connect.charging.client;

import io.connect.charging.config.OcpiSettings;
import io.connect.charging.ocpi.PartyStore;
import io.connect.ocpi.model.Endpoint;
import io.connect.ocpi.model.VersionDetails;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where and with which token we send commands to a CPO (by its key): the commands endpoint and token C of the
 * credentials handshake with that CPO when there is one, else its configured URL and token C. Read from the
 * database at most every 5 s per CPO (another replica may have rotated the tokens), at once after a change here.
 */
@ApplicationScoped
public class CpoLink {

    /** The commands module's URL and the token to present there. */
    public record Target(String commandsUrl, String token, boolean fromHandshake) {
    }

    private record Loaded(Target target, long at) {
    }

    private static final long TTL_NANOS = 5_000_000_000L;

    @Inject
    OcpiSettings settings;

    @Inject
    PartyStore store;

    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    /** The default CPO's target. */
    public Target current() {
        return current(null);
    }

    /** The target of the CPO with this key (null: the default CPO, e.g. a session from before CPO keys). */
    public Target current(String cpoKey) {
        String key = cpoKey == null ? settings.defaultCpo() : cpoKey;
        Loaded loaded = cache.get(key);
        if (loaded == null || System.nanoTime() - loaded.at() > TTL_NANOS) {
            loaded = new Loaded(QuarkusTransaction.joiningExisting().call(() -> load(key)), System.nanoTime());
            cache.put(key, loaded);
        }
        return loaded.target();
    }

    public void invalidate() {
        cache.clear();
    }

    private Target load(String key) {
        return store.registered(key)
                .flatMap(party -> {
                    VersionDetails details = store.endpoints(party);
                    return details.url("commands", Endpoint.RECEIVER)
                            .map(url -> new Target(trimSlash(url), party.tokenOut, true));
                })
                .orElseGet(() -> settings.cpo(key)
                        .map(cpo -> new Target(cpo.url() + "/commands", cpo.token(), false))
                        .orElseThrow(() -> new DownstreamException("no CPO \"" + key + "\" is configured or registered",
                                null)));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
