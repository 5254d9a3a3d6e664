package io.connect.station.domain;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/** Cariqa's TimePriceItem: gross_price excl. VAT (per hour for time prices), user_facing_price incl. VAT (per minute). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TimePriceItem(String timeFrom, String timeTo, String dateFrom, String dateTo, String grossPrice,
                            String userFacingPrice, Integer gracePeriodMinutes, BigDecimal tax, String blockingCap) {
}
