package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** OCPI Session. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(String countryCode, String partyId, String id, Instant startDateTime, Instant endDateTime,
        BigDecimal kwh, CdrToken cdrToken, String authMethod, String authorizationReference, String locationId,
        String evseUid, String connectorId, String currency, List<ChargingPeriod> chargingPeriods, Price totalCost,
        SessionStatus status, Instant lastUpdated) {
}
