package io.connect.charging.ocpi;

import io.connect.charging.config.OcpiSettings;
import io.connect.charging.persistence.OcpiParty;
import io.connect.charging.persistence.OcpiPartyRepository;
import io.connect.ocpi.transport.OcpiToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling our OCPI endpoints: the configured CPO token, a registered party's token (stored as SHA-256),
 * or a TOKEN_A we issued and that was not used yet. Known party tokens are cached for 5 s by hash, so a token
 * revoked by another replica stops working within 5 s; unknown tokens are looked up every time, so a token
 * issued a moment ago works at once.
 */
@ApplicationScoped
public class IncomingTokens {

    public enum Kind { CONFIGURED, PARTY, TOKEN_A }

    /** An identified caller; {@code partyId} is null for the configured token. */
    public record Caller(Kind kind, UUID partyId, String token) {
    }

    private record Cached(Kind kind, UUID partyId, long until) {
    }

    private static final long TTL_NANOS = 5_000_000_000L;

    @Inject
    OcpiSettings settings;

    @Inject
    OcpiPartyRepository parties;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Optional<Caller> identify(String authorizationHeader) {
        for (String token : OcpiToken.candidates(authorizationHeader)) {
            if (settings.emspToken().map(configured -> OcpiToken.matches(token, configured)).orElse(false)) {
                return Optional.of(new Caller(Kind.CONFIGURED, null, token));
            }
            Optional<Caller> party = byHash(token);
            if (party.isPresent()) {
                return party;
            }
        }
        return Optional.empty();
    }

    /** Forgets cached tokens after this replica changed a party's tokens. */
    public void forget() {
        cache.clear();
    }

    private Optional<Caller> byHash(String token) {
        String hash = OcpiToken.sha256(token);
        Cached hit = cache.get(hash);
        if (hit != null && hit.until() - System.nanoTime() > 0) {
            return Optional.of(new Caller(hit.kind(), hit.partyId(), token));
        }
        Optional<Caller> found = QuarkusTransaction.joiningExisting().call(() -> lookUp(hash, token));
        found.filter(c -> c.kind() == Kind.PARTY)
                .ifPresent(c -> cache.put(hash, new Cached(c.kind(), c.partyId(), System.nanoTime() + TTL_NANOS)));
        return found;
    }

    private Optional<Caller> lookUp(String hash, String token) {
        Optional<OcpiParty> party = parties.byIncomingToken(hash);
        if (party.isPresent()) {
            return Optional.of(new Caller(Kind.PARTY, party.get().id, token));
        }
        return parties.byTokenA(hash).map(p -> new Caller(Kind.TOKEN_A, p.id, token));
    }
}
