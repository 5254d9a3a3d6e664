package io.connect.user.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * In production the admin token has no default: starting without CONNECT_ADMIN_TOKEN would leave the admin
 * API either open or unusable, so the service refuses to start instead.
 */
@ApplicationScoped
public class AdminTokenCheck {

    @Inject
    AdminToken adminToken;

    void onStart(@Observes StartupEvent event) {
        require(ConfigUtils.isProfileActive("prod"), adminToken.isConfigured());
    }

    static void require(boolean prod, boolean configured) {
        if (prod && !configured) {
            throw new IllegalStateException("CONNECT_ADMIN_TOKEN (connect.admin-token) must be set in production: "
                    + "user-service refuses to start without an admin token");
        }
    }
}
