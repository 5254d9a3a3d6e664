package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Optional;

/** The details of one OCPI version: its modules and their URLs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VersionDetails(String version, List<Endpoint> endpoints) {

    /** The URL of a module in a role; a module listed without that role does not count. */
    public Optional<String> url(String identifier, String role) {
        return endpoints == null ? Optional.empty() : endpoints.stream()
                .filter(e -> identifier.equals(e.identifier()) && role.equals(e.role()))
                .map(Endpoint::url).findFirst();
    }
}
