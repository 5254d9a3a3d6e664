package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** OCPI Tariff. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tariff(String countryCode, String partyId, String id, String currency, String type,
        List<DisplayText> tariffAltText, Price minPrice, Price maxPrice, List<TariffElement> elements,
        Instant startDateTime, Instant endDateTime, Instant lastUpdated) {

    public List<TariffElement> elementsOrEmpty() {
        return elements == null ? List.of() : elements;
    }
}
