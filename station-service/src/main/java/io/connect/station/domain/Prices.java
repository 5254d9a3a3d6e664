package io.connect.station.domain;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/** Each dimension maps a weekday key (MONDAY..SUNDAY or ALL) to its windows; null when the tariff has none. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Prices(Map<String, List<TimePriceItem>> timePrice, Map<String, List<TimePriceItem>> kwhPrice,
                     Map<String, List<TimePriceItem>> blockingFee, Map<String, List<TimePriceItem>> sessionFee,
                     Map<String, List<TimePriceItem>> startingFee) {
}
