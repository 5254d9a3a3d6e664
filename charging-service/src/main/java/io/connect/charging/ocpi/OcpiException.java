package io.connect.charging.ocpi;

/** An OCPI-level refusal: answered in the OCPI envelope with this HTTP status and OCPI status code. */
public class OcpiException extends RuntimeException {

    private final int httpStatus;
    private final int statusCode;

    public OcpiException(int httpStatus, int statusCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.statusCode = statusCode;
    }

    public static OcpiException invalid(String message) {
        return new OcpiException(400, 2001, message);
    }

    public static OcpiException unknown(String message) {
        return new OcpiException(404, 2001, message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int statusCode() {
        return statusCode;
    }
}
