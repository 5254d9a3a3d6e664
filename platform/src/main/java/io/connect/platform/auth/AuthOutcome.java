package io.connect.platform.auth;

/** What the token check answered: a partner, or why the request must be refused. */
public record AuthOutcome(Result result, String partnerId) {

    public enum Result { OK, UNKNOWN_TOKEN, USER_NOT_FOUND }

    public static AuthOutcome ok(String partnerId) {
        return new AuthOutcome(Result.OK, partnerId);
    }

    public static AuthOutcome unknownToken() {
        return new AuthOutcome(Result.UNKNOWN_TOKEN, null);
    }

    public static AuthOutcome userNotFound(String partnerId) {
        return new AuthOutcome(Result.USER_NOT_FOUND, partnerId);
    }
}
