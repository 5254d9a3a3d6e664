package io.connect.cpo.domain.ocpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record Cdr(String countryCode, String partyId, String id, Instant startDateTime, Instant endDateTime,
        String sessionId, CdrToken cdrToken, String authMethod, String authorizationReference,
        CdrLocation cdrLocation, String currency, List<Tariff> tariffs, List<ChargingPeriod> chargingPeriods,
        Price totalCost, BigDecimal totalEnergy, BigDecimal totalTime, BigDecimal totalParkingTime,
        Instant lastUpdated) {
}
