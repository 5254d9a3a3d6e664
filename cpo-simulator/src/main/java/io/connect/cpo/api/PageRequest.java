package io.connect.cpo.api;

import io.connect.ocpi.transport.OcpiException;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** OCPI list parameters: date_from (inclusive), date_to (exclusive) on last_updated, offset, limit. */
public class PageRequest {

    @QueryParam("offset")
    String offset;

    @QueryParam("limit")
    String limit;

    @QueryParam("date_from")
    String dateFrom;

    @QueryParam("date_to")
    String dateTo;

    int offset() {
        int value = integer("offset", offset, 0);
        if (value < 0) {
            throw OcpiException.invalid("offset must not be negative");
        }
        return value;
    }

    /** The requested limit, never above the server's maximum. */
    int limit(int max) {
        int value = integer("limit", limit, max);
        if (value < 1) {
            throw OcpiException.invalid("limit must be at least 1");
        }
        return Math.min(value, max);
    }

    Instant dateFrom() {
        return instant("date_from", dateFrom);
    }

    Instant dateTo() {
        return instant("date_to", dateTo);
    }

    private static int integer(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw OcpiException.invalid(name + " must be an integer, got '" + raw + "'");
        }
    }

    /** RFC 3339 in UTC; a timestamp without zone is read as UTC, as some OCPI clients send it. */
    private static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(raw.trim()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw OcpiException.invalid(name + " must be an RFC 3339 timestamp such as 2026-04-02T10:42:22Z");
            }
        }
    }
}
