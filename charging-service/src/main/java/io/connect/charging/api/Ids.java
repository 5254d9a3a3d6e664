package io.connect.charging.api;

import io.connect.platform.errors.ApiException;

import java.util.UUID;

/** Path ids: anything that is not a UUID cannot name one of our rows, so it is a 404, not a 400. */
final class Ids {

    private Ids() {
    }

    static UUID user(String id) {
        return parse(id, "User");
    }

    static UUID session(String id) {
        return parse(id, "Charging session");
    }

    private static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.notFound(what);
        }
    }
}
