package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/v1/users/}; unknown fields are ignored, as Cariqa's (DRF) API does. */
public record UserInput(String email, String locale,
                        @JsonProperty("custom_properties") CustomProperties customProperties) {

    String externalId() {
        return customProperties == null ? null : customProperties.externalId();
    }
}
