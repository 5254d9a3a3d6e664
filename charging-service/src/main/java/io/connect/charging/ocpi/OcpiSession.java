package io.connect.charging.ocpi;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The parts of an OCPI 2.2.1 Session we use; on PATCH, absent fields are null. */
public record OcpiSession(String countryCode, String partyId, String id, OffsetDateTime startDateTime,
                          OffsetDateTime endDateTime, BigDecimal kwh, String authorizationReference,
                          String locationId, String evseUid, String connectorId, JsonNode chargingPeriods,
                          String status, OffsetDateTime lastUpdated) {
}
