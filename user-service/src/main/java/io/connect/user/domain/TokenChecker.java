package io.connect.user.domain;

import io.connect.platform.auth.AuthOutcome;
import io.connect.user.persistence.ApiToken;
import io.connect.user.persistence.ApiTokenRepository;
import io.connect.user.persistence.UserRepository;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Answers "which partner owns this token, and is this user theirs?" from our own tables. Serves both the
 * local {@code PartnerAuthenticator} and the internal token check other services call.
 */
@ApplicationScoped
public class TokenChecker {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserRepository users;

    /**
     * @param userIdText the {user_id} named by the request, or null
     */
    @Transactional
    public AuthOutcome check(String token, String userIdText) {
        if (Context.isOnEventLoopThread()) {
            // A JDBC lookup here would stall every request served by this event loop.
            throw new IllegalStateException("token check must not run on an event-loop thread");
        }
        if (token == null || token.isBlank()) {
            return AuthOutcome.unknownToken();
        }
        Optional<ApiToken> found = tokens.findActiveByHash(ApiTokens.hash(token));
        if (found.isEmpty()) {
            return AuthOutcome.unknownToken();
        }
        UUID partnerId = found.get().partnerId;
        if (userIdText == null) {
            return AuthOutcome.ok(partnerId.toString());
        }
        boolean owned = Ids.parse(userIdText)
                .flatMap(userId -> Optional.ofNullable(users.findById(userId)))
                .filter(user -> partnerId.equals(user.partnerId) && !user.isDeleted())
                .isPresent();
        return owned ? AuthOutcome.ok(partnerId.toString()) : AuthOutcome.userNotFound(partnerId.toString());
    }
}
