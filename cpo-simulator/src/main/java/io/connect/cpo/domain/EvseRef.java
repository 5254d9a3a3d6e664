package io.connect.cpo.domain;

import io.connect.cpo.domain.ocpi.Evse;
import io.connect.cpo.domain.ocpi.Location;

/** An EVSE together with the Location it belongs to, as they were when looked up. */
public record EvseRef(Location location, Evse evse) {
}
