package io.connect.ocpi.transport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.Instant;

/**
 * The OCPI response envelope {@code {data, status_code, status_message, timestamp}}. A null {@code data} is left
 * out; {@link #withNullData} writes {@code "data": null} instead. The timestamp is written as the given instant's
 * RFC 3339 form, so the caller decides its precision.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcpiResponse<T>(T data, @JsonProperty("status_code") int statusCode,
                              @JsonProperty("status_message") String statusMessage, String timestamp) {

    public static <T> OcpiResponse<T> success(T data, Instant at) {
        return of(data, OcpiStatus.SUCCESS, "Success", at);
    }

    public static <T> OcpiResponse<T> of(T data, int statusCode, String message, Instant at) {
        return new OcpiResponse<>(data, statusCode, message, at.toString());
    }

    /** An envelope whose data is written as an explicit JSON null. */
    public static OcpiResponse<Object> withNullData(int statusCode, String message, Instant at) {
        return new OcpiResponse<>(NullNode.getInstance(), statusCode, message, at.toString());
    }
}
