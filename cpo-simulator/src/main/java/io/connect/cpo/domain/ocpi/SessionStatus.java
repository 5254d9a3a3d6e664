package io.connect.cpo.domain.ocpi;

public enum SessionStatus {
    ACTIVE, COMPLETED, INVALID, PENDING, RESERVATION
}
