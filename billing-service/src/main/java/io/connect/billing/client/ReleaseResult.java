package io.connect.billing.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Answer of {@code POST /internal/v1/pre-authorizations/{session_id}/release}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReleaseResult(String sessionId, String status) {
}
