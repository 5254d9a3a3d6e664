package io.connect.billing.config;

import io.connect.billing.domain.TimeWindowTariffEngine;
import io.connect.billing.domain.TariffEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one place that chooses the tariff engine: OCPI time windows, flat rate when a snapshot has no tariff. */
@ApplicationScoped
public class TariffEngineProducer {

    @Produces
    @ApplicationScoped
    TariffEngine tariffEngine() {
        return new TimeWindowTariffEngine();
    }
}
