package io.connect.station.api;

import io.connect.ocpi.transport.OcpiResponse;
import io.connect.ocpi.transport.OcpiStatus;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** JAX-RS responses carrying the shared OCPI envelope; timestamps to the second. */
final class OcpiReplies {

    private OcpiReplies() {
    }

    static Response ok(int httpStatus, String message) {
        return build(httpStatus, null, OcpiStatus.SUCCESS, message);
    }

    static Response ok(Object data) {
        return build(200, data, OcpiStatus.SUCCESS, "Success");
    }

    static Response error(int httpStatus, int statusCode, String message) {
        return build(httpStatus, null, statusCode, message);
    }

    private static Response build(int httpStatus, Object data, int statusCode, String message) {
        return Response.status(httpStatus).type(MediaType.APPLICATION_JSON)
                .entity(OcpiResponse.of(data, statusCode, message, Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .build();
    }
}
