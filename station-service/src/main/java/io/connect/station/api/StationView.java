package io.connect.station.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.connect.station.domain.PriceGroup;

import java.util.List;

/** Cariqa's ConnectAPIStation, exactly as the seed's station discovery shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StationView(String id, String name, String speed, String address, String status, Coordinates coordinates,
                          OpeningTimes openingTimes, Operator operator, List<EvseView> evses, String lastUpdated,
                          List<String> amenities, boolean isPartner, List<PriceGroup> priceGroups, String logoUrl) {

    public record Coordinates(String latitude, String longitude) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OpeningTimes(boolean twentyfourseven, List<RegularHours> regularHours) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RegularHours(String weekday, String periodBegin, String periodEnd) {
    }

    public record Operator(String name, Contact contact) {
    }

    public record Contact(String phone) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record EvseView(String evseId, String status) {
    }
}
