package io.connect.station.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The OCPI response envelope {@code {data, status_code, status_message, timestamp}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcpiResponse(Object data, @JsonProperty("status_code") int statusCode,
                           @JsonProperty("status_message") String statusMessage, String timestamp) {

    public static final int SUCCESS = 1000;
    public static final int GENERIC_CLIENT_ERROR = 2000;
    public static final int INVALID_PARAMETERS = 2001;
    public static final int UNKNOWN_LOCATION = 2003;

    public static Response ok(int httpStatus, String message) {
        return build(httpStatus, null, SUCCESS, message);
    }

    public static Response ok(Object data) {
        return build(200, data, SUCCESS, "Success");
    }

    public static Response error(int httpStatus, int statusCode, String message) {
        return build(httpStatus, null, statusCode, message);
    }

    private static Response build(int httpStatus, Object data, int statusCode, String message) {
        return Response.status(httpStatus).type(MediaType.APPLICATION_JSON)
                .entity(new OcpiResponse(data, statusCode, message, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()))
                .build();
    }
}
