package io.connect.cpo.domain.network;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the generated Europe-scale network ({@code cpo.network=europe}). */
@ConfigMapping(prefix = "cpo.generator")
public interface GeneratorConfig {

    /** Same seed, same network, byte for byte. */
    @WithDefault("42")
    long seed();

    /** How many locations (about 3.8 EVSEs each); scale down for tests. */
    @WithDefault("300000")
    int locations();

    /** Random EVSE status changes per second, pushed to the eMSP (0: none). */
    @WithDefault("2")
    double statusChangesPerSecond();
}
