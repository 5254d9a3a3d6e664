package io.connect.load;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The simulation's parameters (system properties set by deploy/load/gatling.sh) and the bounds derived from them.
 * Traffic goes to the loopback interface or to a single-label host (a docker-compose service name) only.
 */
record LoadSettings(String baseUrl, String stripeUrl, String adminToken, String partnerToken, int users,
                    Duration duration, int maxJourneys, int chargeSeconds, int patience) {

    /** Longest a started journey may run after the duration ended before Gatling stops it. */
    static final Duration GRACE = Duration.ofMinutes(4);

    static LoadSettings fromSystemProperties() {
        LoadSettings s = new LoadSettings(
                prop("connect.base-url", "http://127.0.0.1:8080"),
                prop("connect.stripe-url", "http://127.0.0.1:12111"),
                prop("connect.admin-token", "local-admin-token"),
                prop("connect.partner-token", ""),
                intProp("connect.users", 4, 1, 1000),
                Duration.ofSeconds(intProp("connect.duration", 60, 1, 3600)),
                intProp("connect.max-journeys", 50, 1, 10_000),
                intProp("connect.charge-seconds", 3, 0, 600),
                intProp("connect.patience", 1, 1, 20));
        requireLocal(s.baseUrl);
        requireLocal(s.stripeUrl);
        return s;
    }

    /** Upper bound of requests one journey sends: fixed steps plus every bounded retry and poll loop. */
    int maxRequestsPerJourney() {
        return 6 + cardPolls() + startAttempts() + 1 + progressPolls() + stopAttempts() + billPolls();
    }

    long maxRequests() {
        return (long) users * maxJourneys * maxRequestsPerJourney();
    }

    int retries() {
        return 3 * patience;
    }

    int cardPolls() {
        return 60 * patience;
    }

    int startAttempts() {
        return 30 * patience;
    }

    int progressPolls() {
        return 60 * patience;
    }

    int stopAttempts() {
        return 30 * patience;
    }

    int billPolls() {
        return 120 * patience;
    }

    private static void requireLocal(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
        String h = host.toLowerCase(Locale.ROOT);
        boolean loopback = h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
        boolean composeService = !h.contains(".") && !h.contains(":");
        if (!loopback && !composeService) {
            throw new IllegalArgumentException("load goes to 127.0.0.1 (or a compose service name) only, not " + host);
        }
    }

    private static String prop(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int intProp(String name, int fallback, int min, int max) {
        String v = prop(name, String.valueOf(fallback));
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not " + v);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }
}
