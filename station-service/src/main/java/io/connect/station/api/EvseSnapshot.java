package io.connect.station.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.connect.station.domain.TariffSnapshot;

import java.math.BigDecimal;

/**
 * architecture.md §4: what charging-service needs to start a session on one EVSE; {@code cpo_key} is the CPO that
 * runs it (connect.cpos key), which gets the START/STOP_SESSION commands.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvseSnapshot(String evseId, String evseUid, String connectorId, String status, String locationId,
                           String countryCode, String partyId, StationInfo stationInfo, boolean isPartner,
                           String logoUrl, TariffSnapshot tariffSnapshot, String cpoKey) {

    /** The seed's station_info of a charging session. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StationInfo(String stationName, String stationAddress, String country, String stationSpeed,
                              String connectorStandard, BigDecimal connectorPower, String supportPhone,
                              String latitude, String longitude) {
    }
}
