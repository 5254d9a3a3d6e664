package io.connect.station.persistence;

import io.connect.station.domain.SpeedClass;

import java.util.List;

/** Filters of a geo search that the database applies (max_price is applied on the priced result). */
public record StationSearch(double latitude, double longitude, int distanceMetres, List<String> connectorTypes,
                            boolean onlyAvailable, List<String> partnerCpoKeys, List<String> operators,
                            List<SpeedClass> powerGroups) {
}
