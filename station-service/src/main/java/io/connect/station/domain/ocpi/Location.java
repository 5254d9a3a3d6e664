package io.connect.station.domain.ocpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** OCPI 2.2.1 Location (the fields the cache keeps). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(String countryCode, String partyId, String id, Boolean publish, String name, String address,
                       String city, String postalCode, String state, String country, GeoLocation coordinates,
                       String timeZone, BusinessDetails operator, List<String> facilities, Hours openingTimes,
                       List<Evse> evses, Instant lastUpdated) {

    public List<Evse> evsesOrEmpty() {
        return evses == null ? List.of() : evses;
    }

    public Location withEvses(List<Evse> newEvses) {
        return new Location(countryCode, partyId, id, publish, name, address, city, postalCode, state, country,
                coordinates, timeZone, operator, facilities, openingTimes, newEvses, lastUpdated);
    }
}
