package io.connect.charging.ocpi;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The parts of an OCPI 2.2.1 CDR we use (the whole CDR is stored as received). */
public record OcpiCdr(String countryCode, String partyId, String id, OffsetDateTime startDateTime,
                      OffsetDateTime endDateTime, String sessionId, String authorizationReference,
                      BigDecimal totalEnergy, BigDecimal totalTime, BigDecimal totalParkingTime,
                      OffsetDateTime lastUpdated) {
}
