package io.connect.stripeemulator.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Stripe-style identifiers ("cus_..."), secrets and a global creation sequence for stable list ordering. */
public final class Ids {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Ids() {
    }

    public static String next(String prefix) {
        return prefix + "_" + random(24);
    }

    public static String secretFor(String id) {
        return id + "_secret_" + random(25);
    }

    public static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static long sequence() {
        return SEQUENCE.incrementAndGet();
    }

    public static long now() {
        return Instant.now().getEpochSecond();
    }
}
