package io.connect.cpo.domain.network;

import io.connect.ocpi.model.Tariff;
import java.util.List;

/** The charge points and prices a simulated CPO starts with. */
public record Network(LocationBook locations, List<Tariff> tariffs) {
}
