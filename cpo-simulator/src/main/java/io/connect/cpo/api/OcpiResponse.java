package io.connect.cpo.api;

import io.connect.cpo.domain.Times;
import java.time.Instant;

/** The OCPI response envelope. */
public record OcpiResponse<T>(T data, int statusCode, String statusMessage, Instant timestamp) {

    public static <T> OcpiResponse<T> success(T data) {
        return new OcpiResponse<>(data, 1000, "Success", Times.now());
    }

    public static <T> OcpiResponse<T> of(T data, int statusCode, String message) {
        return new OcpiResponse<>(data, statusCode, message, Times.now());
    }
}
