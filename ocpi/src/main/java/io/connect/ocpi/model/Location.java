package io.connect.ocpi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** OCPI 2.2.1 Location (the fields Connect uses; others are ignored on input). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(String countryCode, String partyId, String id, Boolean publish, String name, String address,
        String city, String postalCode, String state, String country, GeoLocation coordinates, String parkingType,
        List<Evse> evses, BusinessDetails operator, List<String> facilities, String timeZone, Hours openingTimes,
        Boolean chargingWhenClosed, Instant lastUpdated) {

    public List<Evse> evsesOrEmpty() {
        return evses == null ? List.of() : evses;
    }

    public Evse evse(String uid) {
        return evsesOrEmpty().stream().filter(e -> e.uid().equals(uid)).findFirst().orElse(null);
    }

    public Location withEvses(List<Evse> newEvses) {
        return new Location(countryCode, partyId, id, publish, name, address, city, postalCode, state, country,
                coordinates, parkingType, newEvses, operator, facilities, timeZone, openingTimes, chargingWhenClosed,
                lastUpdated);
    }

    /** OCPI: a change of an EVSE also moves the Location's last_updated. */
    public Location withEvse(Evse changed) {
        List<Evse> replaced = evsesOrEmpty().stream().map(e -> e.uid().equals(changed.uid()) ? changed : e).toList();
        Instant updated = changed.lastUpdated().isAfter(lastUpdated) ? changed.lastUpdated() : lastUpdated;
        return new Location(countryCode, partyId, id, publish, name, address, city, postalCode, state, country,
                coordinates, parkingType, replaced, operator, facilities, timeZone, openingTimes, chargingWhenClosed,
                updated);
    }
}
