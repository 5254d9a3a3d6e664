package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The partner's own data on a user; today only its key for the user ({@code external_id}, max 250). */
public record CustomProperties(@JsonProperty("external_id") String externalId) {

    /** Only a JSON object is accepted: without this Jackson would turn {@code "custom_properties": "x"} into one. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public CustomProperties {
    }
}
