package io.connect.platform.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of user-service's {@code POST /internal/v1/auth/check}: result is OK, UNKNOWN_TOKEN or USER_NOT_FOUND. */
public record TokenCheckResponse(String result, @JsonProperty("partner_id") String partnerId) {
}
