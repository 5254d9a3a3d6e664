package io.connect.cpo.domain.ocpi;

public record StartSession(String responseUrl, Token token, String locationId, String evseUid, String connectorId,
        String authorizationReference) {
}
