package io.connect.cpo.domain.network;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code cpo.network=europe}: the seeded Europe-scale network, computed on demand. */
@ApplicationScoped
public class EuropeNetworkSource implements NetworkSource {

    private final GeneratorConfig config;

    EuropeNetworkSource(GeneratorConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "europe";
    }

    @Override
    public Network load() {
        EuropeNetwork network = new EuropeNetwork(config.seed(), config.locations(), Cities.load());
        return new Network(new GeneratedLocationBook(network), network.tariffs());
    }
}
