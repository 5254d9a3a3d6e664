package io.connect.charging.ocpi;

import io.connect.charging.config.Times;
import io.connect.charging.persistence.ChargingSession;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** The OCPI envelope {data, status_code, status_message, timestamp}. */
public final class OcpiResponses {

    private OcpiResponses() {
    }

    public static Map<String, Object> envelope(Object data, int statusCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("status_code", statusCode);
        body.put("status_message", message);
        body.put("timestamp", Times.ocpi(ChargingSession.now()));
        return body;
    }

    public static Response ok(Object data) {
        return Response.ok(envelope(data, 1000, "Success")).type(MediaType.APPLICATION_JSON).build();
    }

    public static Response error(int httpStatus, int statusCode, String message) {
        return Response.status(httpStatus).entity(envelope(null, statusCode, message))
                .type(MediaType.APPLICATION_JSON).build();
    }
}
