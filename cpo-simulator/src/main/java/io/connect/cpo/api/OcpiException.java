package io.connect.cpo.api;

/** A client error on an OCPI endpoint: HTTP status plus OCPI status code (2001 invalid parameters...). */
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

    public static OcpiException notFound(String message) {
        return new OcpiException(404, 2003, message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int statusCode() {
        return statusCode;
    }
}
