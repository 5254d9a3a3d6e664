package io.connect.station.persistence;

/** A geo search around a point. */
public record StationSearch(double latitude, double longitude, int distanceMetres, StationFilter filter) {
}
