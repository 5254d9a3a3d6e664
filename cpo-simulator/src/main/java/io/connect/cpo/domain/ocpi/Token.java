package io.connect.cpo.domain.ocpi;

import java.time.Instant;

/** The eMSP's Token as sent in START_SESSION (only the fields we use; the rest is ignored). */
public record Token(String countryCode, String partyId, String uid, String type, String contractId,
        String visualNumber, String issuer, Boolean valid, String whitelist, Instant lastUpdated) {

    public CdrToken toCdrToken() {
        return new CdrToken(countryCode, partyId, uid, type, contractId);
    }
}
