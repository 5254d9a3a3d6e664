package io.connect.ocpi.transport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** OCPI 2.2.1 credentials in the {@code Authorization: Token <base64(token)>} header. */
public final class OcpiToken {

    public static final String HEADER = "Authorization";
    private static final String PREFIX = "Token ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OcpiToken() {
    }

    /** The header value for a token: {@code Token <base64(token)>}. */
    public static String header(String token) {
        return PREFIX + encode(token);
    }

    /** The header value as OCPI 2.1 sent it: {@code Token <token>} unencoded. */
    public static String plainHeader(String token) {
        return PREFIX + token;
    }

    public static String encode(String token) {
        return Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    /** What follows {@code Token } (case-insensitive), trimmed; null when the header is absent or another scheme. */
    public static String credential(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        return authorizationHeader.substring(PREFIX.length()).trim();
    }

    /** The Base64-decoded credential, or null when it is not Base64. */
    public static String decode(String credential) {
        try {
            return new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Constant-time comparison; false when either side is null. */
    public static boolean matches(String presented, String expected) {
        return presented != null && expected != null
                && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the credential is the token, Base64-encoded (OCPI 2.2.1) or plain (OCPI 2.1). */
    public static boolean matchesEncodedOrPlain(String credential, String expected) {
        return matches(credential, expected) || (credential != null && matches(decode(credential), expected));
    }

    /** A new credentials token: 32 random bytes, URL-safe Base64 (43 ASCII characters, within OCPI's 64). */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of a token, for storing tokens that are only ever compared (a fast hash suits random tokens). */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What an Authorization header may mean as a plain token: the Base64-decoded credential (OCPI 2.2.1) first,
     * then the credential as sent (OCPI 2.1 sent it unencoded). Empty when there is no Token credential.
     */
    public static List<String> candidates(String authorizationHeader) {
        String credential = credential(authorizationHeader);
        if (credential == null || credential.isEmpty()) {
            return List.of();
        }
        String decoded = decode(credential);
        return decoded == null || decoded.isEmpty() || decoded.equals(credential) ? List.of(credential)
                : List.of(decoded, credential);
    }
}
