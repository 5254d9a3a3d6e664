package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** OCPI Token as sent in START_SESSION (the fields Connect uses; the rest is ignored). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Token(String countryCode, String partyId, String uid, String type, String contractId,
        String visualNumber, String issuer, Boolean valid, String whitelist, Instant lastUpdated) {

    public CdrToken toCdrToken() {
        return new CdrToken(countryCode, partyId, uid, type, contractId);
    }
}
