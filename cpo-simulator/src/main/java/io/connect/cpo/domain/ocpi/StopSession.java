package io.connect.cpo.domain.ocpi;

public record StopSession(String responseUrl, String sessionId) {
}
