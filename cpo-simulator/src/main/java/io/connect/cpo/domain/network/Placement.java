package io.connect.cpo.domain.network;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a generated location stands: mostly scattered (gaussian) around a city weighted by population, some
 * along a motorway between a city and one of its neighbours, a few in the countryside.
 */
record Placement(Kind kind, double latitude, double longitude, City city, String name) {

    enum Kind { URBAN, MOTORWAY, RURAL }

    private static final String[] URBAN_NAMES = {"Centre", "Central Station", "Park & Ride", "Retail Park",
            "Business Park", "Old Town", "Harbour", "University", "Stadium", "Market Square", "Hospital", "Airport",
            "Ring Road", "Town Hall", "Supermarket", "Hotel", "Exhibition Centre", "Riverside"};

    static Placement draw(Rng r, Cities cities) {
        double x = r.nextDouble();
        int cityIndex = cities.pickIndex(r);
        City city = cities.get(cityIndex);
        if (x < 0.82) {
            double sigma = city.scatterKm();
            double lat = city.latitude() + Geo.latitudeDegrees(sigma * r.nextGaussian());
            double lon = city.longitude() + Geo.longitudeDegrees(sigma * r.nextGaussian(), city.latitude());
            return new Placement(Kind.URBAN, lat, lon, city, city.name() + " " + URBAN_NAMES[r.nextInt(URBAN_NAMES.length)]);
        }
        if (x < 0.93) {
            City other = cities.neighbour(cityIndex, r);
            double t = 0.1 + 0.8 * r.nextDouble();
            double lat = city.latitude() + t * (other.latitude() - city.latitude()) + Geo.latitudeDegrees(0.4 * r.nextGaussian());
            double lon = city.longitude() + t * (other.longitude() - city.longitude())
                    + Geo.longitudeDegrees(0.4 * r.nextGaussian(), lat);
            City near = t < 0.5 ? city : other;
            return new Placement(Kind.MOTORWAY, lat, lon, near, city.name() + " – " + other.name() + " services");
        }
        double lat = city.latitude() + Geo.latitudeDegrees(35 * r.nextGaussian());
        double lon = city.longitude() + Geo.longitudeDegrees(35 * r.nextGaussian(), city.latitude());
        City near = cities.closest(lat, lon);
        return new Placement(Kind.RURAL, lat, lon, near, near.name() + " countryside");
    }

    String latitudeText() {
        return sixDecimals(Math.max(-90, Math.min(90, latitude)));
    }

    String longitudeText() {
        return sixDecimals(Math.max(-180, Math.min(180, longitude)));
    }

    private static String sixDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
