package io.connect.platform.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of user-service's {@code POST /internal/v1/auth/check}. */
public record TokenCheckRequest(String token, @JsonProperty("user_id") String userId) {
}
