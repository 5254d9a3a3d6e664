package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * OCPI 2.2.1 Credentials object: the token the other party must use to call the sender of this object, the
 * sender's versions URL and its roles. The token is plain ASCII here (Base64 only in the Authorization header).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Credentials(String token, String url, List<CredentialsRole> roles) {

    /** The problem with this object as a POST/PUT body, or null when it is complete. */
    public String problem() {
        if (token == null || token.isBlank()) {
            return "token is required";
        }
        if (token.length() > 64 || !token.chars().allMatch(c -> c > 32 && c < 127)) {
            return "token must be at most 64 printable ASCII characters";
        }
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return "url must be the absolute http(s) URL of the versions endpoint";
        }
        if (roles == null || roles.isEmpty()) {
            return "roles must hold at least one role";
        }
        for (CredentialsRole role : roles) {
            String problem = role == null ? "roles must not hold null" : role.problem();
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The first role of the given kind (CPO, EMSP...), or null. */
    public CredentialsRole role(String kind) {
        return roles == null ? null : roles.stream().filter(r -> r != null && kind.equals(r.role())).findFirst()
                .orElse(null);
    }
}
