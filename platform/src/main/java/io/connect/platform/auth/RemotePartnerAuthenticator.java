package io.connect.platform.auth;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks user-service, and remembers positive answers for a few seconds so a partner's burst of calls costs one
 * check. Identical checks in flight at the same time share one call. Only a hash of the token is kept in memory.
 * Refusals are not cached: a freshly created user or partner works at once.
 */
@ApplicationScoped
@DefaultBean
public class RemotePartnerAuthenticator implements PartnerAuthenticator {

    @Inject
    @RestClient
    UserServiceAuthClient client;

    @ConfigProperty(name = "connect.auth.cache-ttl", defaultValue = "PT5S")
    Duration cacheTtl;

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Uni<AuthOutcome>> inFlight = new ConcurrentHashMap<>();

    private record Cached(String partnerId, long expiresAtNanos) {
    }

    @Override
    public Uni<AuthOutcome> authenticate(String token, String userId) {
        String key = sha256(token) + "|" + (userId == null ? "" : userId);
        Cached hit = cache.get(key);
        if (hit != null && hit.expiresAtNanos > System.nanoTime()) {
            return Uni.createFrom().item(AuthOutcome.ok(hit.partnerId));
        }
        return inFlight.computeIfAbsent(key, k -> ask(k, token, userId));
    }

    /** One call to user-service, shared by whoever asks the same while it runs; forgotten once answered. */
    private Uni<AuthOutcome> ask(String key, String token, String userId) {
        return client.check(new TokenCheckRequest(token, userId)).map(answer -> {
            AuthOutcome outcome = new AuthOutcome(AuthOutcome.Result.valueOf(answer.result()), answer.partnerId());
            if (outcome.result() == AuthOutcome.Result.OK) {
                if (cache.size() > 100_000) {
                    cache.clear();
                }
                cache.put(key, new Cached(outcome.partnerId(), System.nanoTime() + cacheTtl.toNanos()));
            }
            return outcome;
        }).onTermination().invoke(() -> inFlight.remove(key)).memoize().indefinitely();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
