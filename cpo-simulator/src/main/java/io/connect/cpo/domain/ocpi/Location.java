package io.connect.cpo.domain.ocpi;

import java.time.Instant;
import java.util.List;

public record Location(String countryCode, String partyId, String id, boolean publish, String name, String address,
        String city, String postalCode, String country, GeoLocation coordinates, String parkingType,
        List<Evse> evses, BusinessDetails operator, List<String> facilities, String timeZone, Hours openingTimes,
        Boolean chargingWhenClosed, Instant lastUpdated) {

    public Evse evse(String uid) {
        return evses.stream().filter(e -> e.uid().equals(uid)).findFirst().orElse(null);
    }

    /** OCPI: a change of an EVSE also moves the Location's last_updated. */
    public Location withEvse(Evse changed) {
        List<Evse> replaced = evses.stream().map(e -> e.uid().equals(changed.uid()) ? changed : e).toList();
        Instant updated = changed.lastUpdated().isAfter(lastUpdated) ? changed.lastUpdated() : lastUpdated;
        return new Location(countryCode, partyId, id, publish, name, address, city, postalCode, country, coordinates,
                parkingType, replaced, operator, facilities, timeZone, openingTimes, chargingWhenClosed, updated);
    }
}
