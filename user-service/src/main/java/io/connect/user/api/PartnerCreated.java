package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The only answer that ever carries a partner's first token in clear. */
public record PartnerCreated(String id, String name, @JsonProperty("api_token") String apiToken) {
}
