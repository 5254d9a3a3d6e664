package io.connect.stripeemulator.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads the API key from {@code Authorization: Bearer <key>} or Basic auth with the key as user name. */
final class ApiKeys {

    private ApiKeys() {
    }

    static Optional<String> from(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.trim();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(value.substring(7).trim()).filter(k -> !k.isEmpty());
        }
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon)).filter(k -> !k.isEmpty());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static boolean isSecret(String key) {
        return key.startsWith("sk_test_") || key.startsWith("rk_test_");
    }

    static boolean isPublishable(String key) {
        return key.startsWith("pk_test_");
    }
}
