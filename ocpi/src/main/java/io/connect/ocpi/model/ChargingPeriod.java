package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** OCPI ChargingPeriod. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChargingPeriod(Instant startDateTime, List<CdrDimension> dimensions, String tariffId) {

    /** The volume of one dimension type in this period, zero when absent. */
    public BigDecimal volume(String type) {
        return dimensions.stream().filter(d -> d.type().equals(type)).map(CdrDimension::volume).findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
