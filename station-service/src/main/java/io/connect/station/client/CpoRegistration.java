package io.connect.station.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.connect.ocpi.transport.OcpiToken;

import java.util.List;

/**
 * A CPO's credentials handshake as charging-service holds it: the parties it runs, its Locations and Tariffs
 * endpoints, token C to pull them, and the SHA-256 of the token B it pushes with (and of the previous one while a
 * rotation is under way).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CpoRegistration(String cpoKey, List<Party> parties, String locationsUrl, String tariffsUrl,
                              String tokenC, @JsonProperty("token_b_sha256") String tokenBSha256,
                              @JsonProperty("previous_token_b_sha256") String previousTokenBSha256) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(String countryCode, String partyId) {
    }

    /** Whether this CPO runs the party (OCPI country codes and party ids compare case-insensitively). */
    public boolean runs(String countryCode, String partyId) {
        return parties != null && parties.stream().anyMatch(p -> p.countryCode().equalsIgnoreCase(countryCode)
                && p.partyId().equalsIgnoreCase(partyId));
    }

    /** Whether the token is the token B we issued to this CPO (hashes compared in constant time). */
    public boolean issuedTokenB(String token) {
        String hash = OcpiToken.sha256(token);
        return OcpiToken.matches(hash, tokenBSha256) | OcpiToken.matches(hash, previousTokenBSha256);
    }

    /** Token C is a secret: never in a log line or an exception message. */
    @Override
    public String toString() {
        return "CpoRegistration[" + cpoKey + " " + parties + "]";
    }
}
