package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One module of a version's details: identifier (ModuleID), role (SENDER / RECEIVER) and URL. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Endpoint(String identifier, String role, String url) {

    public static final String SENDER = "SENDER";
    public static final String RECEIVER = "RECEIVER";
}
