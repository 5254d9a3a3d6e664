package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** OCPI Connector; max_electric_power in W. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Connector(String id, String standard, String format, String powerType, Integer maxVoltage,
        Integer maxAmperage, Integer maxElectricPower, List<String> tariffIds, Instant lastUpdated) {

    public List<String> tariffIdsOrEmpty() {
        return tariffIds == null ? List.of() : tariffIds;
    }
}
