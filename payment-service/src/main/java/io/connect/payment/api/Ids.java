package io.connect.payment.api;

import io.connect.platform.errors.ApiException;

import java.util.UUID;

/** A malformed user id in a path names no user: 404, as for any user that is not the partner's. */
final class Ids {

    private Ids() {
    }

    static UUID pathUser(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("User");
        }
    }
}
