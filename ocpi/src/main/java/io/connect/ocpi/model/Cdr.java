package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** OCPI CDR. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cdr(String countryCode, String partyId, String id, Instant startDateTime, Instant endDateTime,
        String sessionId, CdrToken cdrToken, String authMethod, String authorizationReference,
        CdrLocation cdrLocation, String currency, List<Tariff> tariffs, List<ChargingPeriod> chargingPeriods,
        Price totalCost, BigDecimal totalEnergy, BigDecimal totalTime, BigDecimal totalParkingTime,
        Instant lastUpdated) {
}
