package io.connect.billing.config;

import io.connect.billing.domain.FlatRateTariffEngine;
import io.connect.billing.domain.TariffEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one place that chooses the tariff engine (a time-of-day engine replaces it here, issue 4). */
@ApplicationScoped
public class TariffEngineProducer {

    @Produces
    @ApplicationScoped
    TariffEngine tariffEngine() {
        return new FlatRateTariffEngine();
    }
}
