package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An extra token for a partner (rotation): {@code id} is the token's id, needed to revoke it later. */
public record TokenIssued(String id, @JsonProperty("api_token") String apiToken) {
}
