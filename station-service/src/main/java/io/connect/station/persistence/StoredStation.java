package io.connect.station.persistence;

import io.connect.station.domain.ocpi.Location;

/** A cached location with its EVSEs and connectors, and the CPO it came from. */
public record StoredStation(long pk, String cpoKey, Location location) {
}
