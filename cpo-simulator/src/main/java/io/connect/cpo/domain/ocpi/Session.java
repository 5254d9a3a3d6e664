package io.connect.cpo.domain.ocpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record Session(String countryCode, String partyId, String id, Instant startDateTime, Instant endDateTime,
        BigDecimal kwh, CdrToken cdrToken, String authMethod, String authorizationReference, String locationId,
        String evseUid, String connectorId, String currency, List<ChargingPeriod> chargingPeriods, Price totalCost,
        SessionStatus status, Instant lastUpdated) {
}
