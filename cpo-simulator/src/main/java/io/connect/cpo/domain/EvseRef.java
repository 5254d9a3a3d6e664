package io.connect.cpo.domain;

import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;

/** An EVSE together with the Location it belongs to, as they were when looked up. */
public record EvseRef(Location location, Evse evse) {
}
