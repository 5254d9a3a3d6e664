package io.connect.charging.config;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The seed's date-time format: UTC, always six fraction digits, "Z" ("2026-04-02T13:51:18.754610Z"). */
public final class Times {

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private Times() {
    }

    public static String format(OffsetDateTime time) {
        return time == null ? null : MICROS.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** OCPI timestamps: RFC 3339 in UTC, seconds. */
    public static String ocpi(OffsetDateTime time) {
        return SECONDS.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
