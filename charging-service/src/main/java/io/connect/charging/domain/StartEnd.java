package io.connect.charging.domain;

import io.connect.charging.persistence.ChargingSession;

/**
 * How a start ended in the database. {@code releaseHold} is true only for the call that moved the session to
 * FAILED, so the pre-authorisation is released once.
 */
public record StartEnd(ChargingSession session, boolean releaseHold) {
}
