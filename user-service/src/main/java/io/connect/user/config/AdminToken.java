package io.connect.user.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The admin token (connect.admin-token / CONNECT_ADMIN_TOKEN); a blank one lets nobody in. */
@ApplicationScoped
public class AdminToken {

    @ConfigProperty(name = "connect.admin-token")
    Optional<String> configured;

    public boolean isConfigured() {
        return configured.filter(t -> !t.isBlank()).isPresent();
    }

    public boolean matches(String presented) {
        return Secrets.matches(configured.orElse(null), presented);
    }
}
