package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/** OCPI TariffRestrictions: times "HH:MM" local, dates "YYYY-MM-DD" local (end_date exclusive), durations in s. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TariffRestrictions(String startTime, String endTime, String startDate, String endDate, BigDecimal minKwh,
        BigDecimal maxKwh, BigDecimal minCurrent, BigDecimal maxCurrent, BigDecimal minPower, BigDecimal maxPower,
        Integer minDuration, Integer maxDuration, List<String> dayOfWeek, String reservation) {
}
