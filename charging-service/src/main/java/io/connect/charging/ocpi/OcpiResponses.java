package io.connect.charging.ocpi;

import io.connect.charging.persistence.ChargingSession;
import io.connect.ocpi.transport.OcpiResponse;
import io.connect.ocpi.transport.OcpiStatus;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** JAX-RS responses carrying the shared OCPI envelope; a null data is written as {@code "data": null}. */
public final class OcpiResponses {

    private OcpiResponses() {
    }

    public static OcpiResponse<?> envelope(Object data, int statusCode, String message) {
        Instant at = ChargingSession.now().toInstant().truncatedTo(ChronoUnit.SECONDS);
        return data == null ? OcpiResponse.withNullData(statusCode, message, at)
                : OcpiResponse.of(data, statusCode, message, at);
    }

    public static Response ok(Object data) {
        return Response.ok(envelope(data, OcpiStatus.SUCCESS, "Success")).type(MediaType.APPLICATION_JSON).build();
    }

    public static Response error(int httpStatus, int statusCode, String message) {
        return Response.status(httpStatus).entity(envelope(null, statusCode, message))
                .type(MediaType.APPLICATION_JSON).build();
    }
}
