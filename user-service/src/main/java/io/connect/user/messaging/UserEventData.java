package io.connect.user.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data of user.created.v1 / user.updated.v1 / user.deleted.v1 (email is null once a user is deleted). */
public record UserEventData(@JsonProperty("user_id") String userId,
                            @JsonProperty("partner_id") String partnerId,
                            String email,
                            String locale) {
}
