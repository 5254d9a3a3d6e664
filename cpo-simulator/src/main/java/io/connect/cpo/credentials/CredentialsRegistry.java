package io.connect.cpo.credentials;

import io.connect.cpo.config.CpoConfig;
import io.connect.ocpi.transport.OcpiToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who may call the simulator, in memory like the rest of it. The configured token C ({@code cpo.emsp-token-c})
 * always works, so a stack without a handshake stays simple; an eMSP that registered gets its own token C.
 * TOKEN_A opens only versions and credentials, and is spent by a successful registration; the simulator hands
 * the same TOKEN_A out again once that eMSP unregisters (a real CPO would issue a new one out of band).
 */
@ApplicationScoped
public class CredentialsRegistry {

    /** What a presented token is. */
    public enum Kind { TOKEN_A, CONFIGURED_C, REGISTERED_C, UNKNOWN }

    private final String configuredC;
    private final String configuredB;
    private final Optional<String> tokenA;
    private final Map<String, EmspRegistration> byTokenC = new ConcurrentHashMap<>();
    private final AtomicReference<EmspRegistration> latest = new AtomicReference<>();

    CredentialsRegistry(CpoConfig config, CredentialsConfig credentials) {
        this.configuredC = config.emspTokenC();
        this.configuredB = config.emspTokenB();
        this.tokenA = credentials.tokenA().filter(t -> !t.isBlank());
    }

    public Kind kindOf(String token) {
        if (token == null) {
            return Kind.UNKNOWN;
        }
        if (byTokenC.containsKey(token)) {
            return Kind.REGISTERED_C;
        }
        if (OcpiToken.matches(token, configuredC)) {
            return Kind.CONFIGURED_C;
        }
        if (tokenA.isPresent() && latest.get() == null && OcpiToken.matches(token, tokenA.get())) {
            return Kind.TOKEN_A;
        }
        return Kind.UNKNOWN;
    }

    public Optional<EmspRegistration> registration(String tokenC) {
        return Optional.ofNullable(tokenC == null ? null : byTokenC.get(tokenC));
    }

    /** Stores a registration; {@code replacing} (the token C of a PUT) stops working at once. */
    public synchronized void register(EmspRegistration registration, String replacing) {
        if (replacing != null) {
            byTokenC.remove(replacing);
        }
        byTokenC.put(registration.tokenC(), registration);
        latest.set(registration);
    }

    public synchronized boolean unregister(String tokenC) {
        EmspRegistration removed = byTokenC.remove(tokenC);
        if (removed != null && latest.get() == removed) {
            latest.set(byTokenC.values().stream().reduce((a, b) -> a.registeredAt().isAfter(b.registeredAt()) ? a : b)
                    .orElse(null));
        }
        return removed != null;
    }

    /** The token B our pushes carry: the latest registered eMSP's, else the configured one. */
    public String pushToken() {
        EmspRegistration current = latest.get();
        return current != null ? current.tokenB() : configuredB;
    }
}
