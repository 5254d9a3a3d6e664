package io.connect.station.domain;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/** Cariqa's price group: the EVSEs of one connector standard and power, with their prices. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceGroup(String type, BigDecimal power, List<String> evseIds, Prices prices, String localDatetime,
                         String currency, String preAuthorizationAmount, boolean isFallback) {
}
