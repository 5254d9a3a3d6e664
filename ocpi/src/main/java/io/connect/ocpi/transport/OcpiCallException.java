package io.connect.ocpi.transport;

/**
 * A call to another OCPI party that did not succeed: transport failure ({@code httpStatus} 0), an HTTP error, or
 * an envelope whose status_code is not 1xxx. {@code ocpiStatus} is the party's status_code, or ours (3001-3003)
 * when the party's answer could not be used; 0 when there was no envelope.
 */
public class OcpiCallException extends RuntimeException {

    private final String url;
    private final int httpStatus;
    private final int ocpiStatus;

    public OcpiCallException(String url, int httpStatus, int ocpiStatus, String message) {
        super(message);
        this.url = url;
        this.httpStatus = httpStatus;
        this.ocpiStatus = ocpiStatus;
    }

    public String url() {
        return url;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int ocpiStatus() {
        return ocpiStatus;
    }

    /** True when the party refused our token (HTTP 401 or 403). */
    public boolean unauthorized() {
        return httpStatus == 401 || httpStatus == 403;
    }
}
