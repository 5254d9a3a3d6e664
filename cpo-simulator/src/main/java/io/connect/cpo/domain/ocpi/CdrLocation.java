package io.connect.cpo.domain.ocpi;

public record CdrLocation(String id, String name, String address, String city, String postalCode, String country,
        GeoLocation coordinates, String evseUid, String evseId, String connectorId, String connectorStandard,
        String connectorFormat, String connectorPowerType) {

    public static CdrLocation of(Location location, Evse evse, Connector connector) {
        return new CdrLocation(location.id(), location.name(), location.address(), location.city(),
                location.postalCode(), location.country(), location.coordinates(), evse.uid(), evse.evseId(),
                connector.id(), connector.standard(), connector.format(), connector.powerType());
    }
}
