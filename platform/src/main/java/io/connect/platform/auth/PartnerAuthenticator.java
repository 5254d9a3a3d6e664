package io.connect.platform.auth;

import io.smallrye.mutiny.Uni;

/**
 * Checks a partner's API token and, when the path names a user, that this user belongs to that partner.
 * user-service answers from its own tables; every other service asks user-service ({@link RemotePartnerAuthenticator}).
 */
public interface PartnerAuthenticator {

    /**
     * @param token  the bearer token as the partner sent it
     * @param userId the {user_id} of the path, or null when the path names no user
     */
    Uni<AuthOutcome> authenticate(String token, String userId);
}
