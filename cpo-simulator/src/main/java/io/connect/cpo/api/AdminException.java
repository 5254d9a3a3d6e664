package io.connect.cpo.api;

/** A client error on the simulator's admin API. */
public class AdminException extends RuntimeException {

    private final int httpStatus;

    AdminException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public static AdminException badRequest(String message) {
        return new AdminException(400, message);
    }

    public static AdminException notFound(String message) {
        return new AdminException(404, message);
    }

    public int httpStatus() {
        return httpStatus;
    }
}
