package io.connect.user.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.connect.user.persistence.AppUser;

/** A user as other services see it, deleted ones included. */
public record InternalUserView(String id, @JsonProperty("partner_id") String partnerId, String email,
                               String locale, boolean deleted) {

    static InternalUserView of(AppUser user) {
        return new InternalUserView(user.id.toString(), user.partnerId.toString(), user.email, user.locale,
                user.isDeleted());
    }
}
