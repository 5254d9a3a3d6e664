package io.connect.cpo.domain.network;

/** A real European city the generated network clusters around; population in thousands (metro area). */
public record City(String name, String countryCode, String country, double latitude, double longitude,
        int populationThousands, String timeZone) {

    /** How far (km, one standard deviation) its stations scatter: wider for bigger cities. */
    double scatterKm() {
        return 2.5 + 4.0 * Math.sqrt(populationThousands / 1000.0);
    }
}
