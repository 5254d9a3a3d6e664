package io.connect.user.api;

import io.connect.platform.auth.AuthOutcome;
import io.connect.platform.auth.PartnerAuthenticator;
import io.connect.user.domain.TokenChecker;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * user-service checks partner tokens against its own tables (replacing the platform's remote check, which
 * would call this very service). The check is a JDBC query: when the platform's filter runs on an event loop
 * the query is moved to a worker thread of the same Vert.x context, and the answer comes back on the loop.
 */
@ApplicationScoped
public class LocalPartnerAuthenticator implements PartnerAuthenticator {

    @Inject
    TokenChecker checker;

    @Override
    public Uni<AuthOutcome> authenticate(String token, String userId) {
        Context context = Vertx.currentContext();
        if (context != null && Context.isOnEventLoopThread()) {
            return Uni.createFrom().completionStage(() -> context
                    .executeBlocking(() -> checker.check(token, userId), false)
                    .toCompletionStage());
        }
        return Uni.createFrom().item(() -> checker.check(token, userId));
    }
}
