package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.user.persistence.AppUser;

/** A user as partners see it (Cariqa's ConnectAPIUser); {@code id} is a UUID string. */
public record UserView(String id, String email, String locale,
                       @JsonProperty("custom_properties") CustomProperties customProperties) {

    static UserView of(AppUser user) {
        return new UserView(user.id.toString(), user.email, user.locale, new CustomProperties(user.externalId));
    }
}
