package io.connect.cpo.domain.network;

/**
 * Where the simulated network comes from, chosen by {@code cpo.network}. The "default" source is a small
 * hand-written network around the seed's station; a seeded Europe-scale generator can be added as another bean.
 */
public interface NetworkSource {

    /** The value of {@code cpo.network} that selects this source. */
    String name();

    Network load();
}
