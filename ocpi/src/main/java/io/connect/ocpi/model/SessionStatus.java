package io.connect.ocpi.model;

/** OCPI SessionStatus. */
public enum SessionStatus {
    ACTIVE, COMPLETED, INVALID, PENDING, RESERVATION
}
