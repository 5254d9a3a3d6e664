package io.connect.platform.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client should see, with the HTTP status and Cariqa's error body:
 * {@code {"detail": ..., "error": {"type": ..., "details": ..., ...extra}}}; without an error type only
 * {@code {"detail": ...}} is written (Cariqa's "Detail" shape for 403 and 404).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String detail;
    private final String errorType;
    private final String details;
    private final Map<String, Object> errorExtra = new LinkedHashMap<>();
    private final Map<String, Object> bodyExtra = new LinkedHashMap<>();

    public ApiException(int status, String detail, String errorType, String details) {
        super(detail + (details == null ? "" : ": " + details));
        this.status = status;
        this.detail = detail;
        this.errorType = errorType;
        this.details = details;
    }

    public static ApiException detailOnly(int status, String detail) {
        return new ApiException(status, detail, null, null);
    }

    public static ApiException notFound(String what) {
        return detailOnly(404, what + " was not found.");
    }

    public static ApiException forbidden(String why) {
        return detailOnly(403, why);
    }

    /** 503 with {@code Retry-After}: nothing was done, the same request can be sent again shortly. */
    public static ApiException temporarilyUnavailable(String what) {
        return new ApiException(503, "Temporarily unavailable, retry shortly.", ErrorType.SERVICE_UNAVAILABLE,
                what + " is out of reach");
    }

    public static ApiException validation(String field, String problem) {
        return new ApiException(400, "Invalid input.", ErrorType.VALIDATION_ERROR, field + ": " + problem)
                .withErrorField("fields", Map.of(field, java.util.List.of(problem)));
    }

    /** Adds a key inside {@code error} (for example {@code payment_intent_client_secret}). */
    public ApiException withErrorField(String key, Object value) {
        errorExtra.put(key, value);
        return this;
    }

    /** Adds a key at the top of the body (for example {@code debt_details}). */
    public ApiException withBodyField(String key, Object value) {
        bodyExtra.put(key, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", detail);
        if (errorType != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", errorType);
            error.put("details", details == null ? detail : details);
            error.putAll(errorExtra);
            body.put("error", error);
        }
        body.putAll(bodyExtra);
        return body;
    }
}
