package io.connect.ocpi.transport;

import java.util.UUID;

/**
 * OCPI 2.2.1 message ids: every request carries a new {@code X-Request-ID}; {@code X-Correlation-ID} is kept
 * along a chain of calls (the calls a request causes carry the id of the request that caused them). A response
 * carries both ids of its request.
 */
public final class OcpiHeaders {

    public static final String REQUEST_ID = "X-Request-ID";
    public static final String CORRELATION_ID = "X-Correlation-ID";

    private OcpiHeaders() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The given id when it is usable (1..255 printable characters), else a new one. */
    public static String orNew(String id) {
        return usable(id) ? id : newId();
    }

    public static boolean usable(String id) {
        return id != null && !id.isBlank() && id.length() <= 255 && id.chars().allMatch(c -> c >= 32 && c < 127);
    }
}
