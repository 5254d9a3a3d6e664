package io.connect.cpo.domain.ocpi;

public record CdrToken(String countryCode, String partyId, String uid, String type, String contractId) {
}
