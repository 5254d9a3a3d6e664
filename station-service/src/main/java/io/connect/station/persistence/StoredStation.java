package io.connect.station.persistence;

import io.connect.ocpi.model.Location;

/** A cached location with its EVSEs and connectors, and the CPO it came from. */
public record StoredStation(long pk, String cpoKey, Location location) {
}
