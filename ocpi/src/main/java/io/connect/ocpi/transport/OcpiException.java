package io.connect.ocpi.transport;

/** An OCPI-level refusal: answered in the OCPI envelope with this HTTP status and OCPI status code. */
public class OcpiException extends RuntimeException {

    private final int httpStatus;
    private final int statusCode;

    public OcpiException(int httpStatus, int statusCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.statusCode = statusCode;
    }

    /** HTTP 400, OCPI 2001 (invalid or missing parameters). */
    public static OcpiException invalid(String message) {
        return new OcpiException(400, OcpiStatus.INVALID_PARAMETERS, message);
    }

    /** HTTP 404, OCPI 2003 (unknown Location, EVSE, Tariff...). */
    public static OcpiException notFound(String message) {
        return new OcpiException(404, OcpiStatus.UNKNOWN_LOCATION, message);
    }

    /** HTTP 404, OCPI 2001: an unknown object addressed by the URL that is not a Location (command, session, CDR). */
    public static OcpiException unknown(String message) {
        return new OcpiException(404, OcpiStatus.INVALID_PARAMETERS, message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int statusCode() {
        return statusCode;
    }
}
