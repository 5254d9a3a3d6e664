package io.connect.user.config;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production guard on its own (the packaged jar's refusal to start is the same check on StartupEvent). */
class AdminTokenCheckTest {

    @Test
    void productionWithoutAdminTokenRefusesToStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AdminTokenCheck.require(true, false));
        assertTrue(e.getMessage().contains("CONNECT_ADMIN_TOKEN"));
        assertDoesNotThrow(() -> AdminTokenCheck.require(true, true));
        assertDoesNotThrow(() -> AdminTokenCheck.require(false, false));
    }

    @Test
    void blankAdminTokenLetsNobodyIn() {
        AdminToken blank = new AdminToken();
        blank.configured = Optional.of("  ");
        assertFalse(blank.isConfigured());
        assertFalse(blank.matches("  "));
        AdminToken set = new AdminToken();
        set.configured = Optional.of("s3cret");
        assertTrue(set.matches("s3cret"));
        assertFalse(set.matches("s3cret2"));
        assertFalse(set.matches(null));
    }
}
