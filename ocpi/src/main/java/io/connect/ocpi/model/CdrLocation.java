package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** OCPI CdrLocation. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CdrLocation(String id, String name, String address, String city, String postalCode, String country,
        GeoLocation coordinates, String evseUid, String evseId, String connectorId, String connectorStandard,
        String connectorFormat, String connectorPowerType) {

    public static CdrLocation of(Location location, Evse evse, Connector connector) {
        return new CdrLocation(location.id(), location.name(), location.address(), location.city(),
                location.postalCode(), location.country(), location.coordinates(), evse.uid(), evse.evseId(),
                connector.id(), connector.standard(), connector.format(), connector.powerType());
    }
}
