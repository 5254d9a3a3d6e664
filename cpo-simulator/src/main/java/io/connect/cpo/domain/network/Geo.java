package io.connect.cpo.domain.network;

/** Great-circle distance and small offsets on the WGS84 sphere. */
final class Geo {

    static final double EARTH_KM = 6371.0;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_KM / 180.0;

    private Geo() {
    }

    static double km(City a, City b) {
        return km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static double latitudeDegrees(double km) {
        return km / KM_PER_DEGREE;
    }

    static double longitudeDegrees(double km, double atLatitude) {
        return km / (KM_PER_DEGREE * Math.max(0.05, Math.cos(Math.toRadians(atLatitude))));
    }
}
