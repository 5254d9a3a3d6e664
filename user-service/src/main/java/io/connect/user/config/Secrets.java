package io.connect.user.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Compares a presented secret with the configured one in constant time (digests: no length leak either). */
public final class Secrets {

    private Secrets() {
    }

    /** A blank or missing configured secret matches nothing. */
    public static boolean matches(String configured, String presented) {
        if (configured == null || configured.isBlank() || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(configured), digest(presented));
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
