package io.connect.cpo.domain.network;

import io.connect.cpo.domain.ocpi.Location;
import io.connect.cpo.domain.ocpi.Tariff;
import java.util.List;

/** The charge points and prices a simulated CPO starts with. */
public record Network(List<Location> locations, List<Tariff> tariffs) {
}
