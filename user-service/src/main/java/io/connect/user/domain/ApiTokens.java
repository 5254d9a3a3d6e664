package io.connect.user.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Partner API tokens: {@code cnt_} + 32 random bytes (base64url). Only the SHA-256 is ever stored. */
public final class ApiTokens {

    public static final String PREFIX = "cnt_";
    private static final int PREFIX_SHOWN = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What listings show of a token: enough to recognise it, far too little to use it. */
    public static String displayPrefix(String token) {
        return token.substring(0, Math.min(PREFIX_SHOWN, token.length()));
    }
}
