package io.connect.charging.domain;

import java.math.BigDecimal;

/**
 * Progress never goes backwards: energy and duration only grow, whatever order the CPO's updates arrive in.
 */
public final class SessionProgress {

    private SessionProgress() {
    }

    public static BigDecimal energy(BigDecimal current, BigDecimal reported) {
        if (reported == null || reported.signum() < 0) {
            return current;
        }
        return current == null || reported.compareTo(current) > 0 ? reported : current;
    }

    public static int duration(int current, Long reportedSeconds) {
        if (reportedSeconds == null || reportedSeconds < 0) {
            return current;
        }
        return (int) Math.max(current, Math.min(reportedSeconds, Integer.MAX_VALUE));
    }
}
