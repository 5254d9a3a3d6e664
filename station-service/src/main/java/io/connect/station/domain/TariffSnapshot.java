package io.connect.station.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * architecture.md §6: the prices a session starts with, carried to billing in the charging events.
 * {@code timeZone} is the station's IANA zone, in which the tariff's time-of-day windows are read.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TariffSnapshot(String currency, String taxPercent, boolean isPartner, String preAuthorizationAmount,
                             Gross gross, UserFacing userFacingSessionPrices, boolean isFallback, JsonNode tariff,
                             String timeZone) {

    /** The operator's prices without VAT in effect at the start, full precision. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Gross(String energyPerKwh, String timePerHour, String parkingPerHour, String flat, String startingFee,
                        Integer gracePeriodMinutes, String blockingCap) {
    }

    /** What the user is shown: VAT included, 2 decimals, time and blocking per minute (the seed's start response). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UserFacing(String kwhPrice, String timePrice, String sessionFee, String blockingFee, String startingFee,
                             Integer gracePeriodMinutes, String blockingCap, String currency) {
    }
}
