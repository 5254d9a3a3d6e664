package io.connect.station.domain;

/**
 * Slippy-map (OSM / Web-Mercator) tile arithmetic: tile (x, y) at zoom z, x growing east from −180°, y growing
 * south from +85.0511°. A point on a tile edge belongs to the tile east / south of it, as {@code floor} puts it.
 */
public final class TileMath {

    public static final int MAX_ZOOM = 22;
    /** Web Mercator's latitude limit: atan(sinh(π)). */
    public static final double MAX_LATITUDE = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));

    private TileMath() {
    }

    /** Number of tiles along one axis at this zoom (2^z). */
    public static long tilesPerAxis(int zoom) {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + zoom + " outside 0.." + MAX_ZOOM);
        }
        return 1L << zoom;
    }

    public static boolean valid(int zoom, long x, long y) {
        long n = tilesPerAxis(zoom);
        return x >= 0 && x < n && y >= 0 && y < n;
    }

    public static long tileX(double longitude, int zoom) {
        long n = tilesPerAxis(zoom);
        long x = (long) Math.floor((longitude + 180.0) / 360.0 * n);
        return Math.min(Math.max(x, 0), n - 1);
    }

    public static long tileY(double latitude, int zoom) {
        long n = tilesPerAxis(zoom);
        double lat = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)));
        double y = (1.0 - Math.log(Math.tan(lat) + 1.0 / Math.cos(lat)) / Math.PI) / 2.0 * n;
        return Math.min(Math.max((long) Math.floor(y), 0), n - 1);
    }

    /** Longitude of the tile's west edge (x = 2^z gives the east edge of the world, 180°). */
    public static double westLongitude(long x, int zoom) {
        return x / (double) tilesPerAxis(zoom) * 360.0 - 180.0;
    }

    /** Latitude of the tile's north edge (y = 2^z gives the south edge of the world). */
    public static double northLatitude(long y, int zoom) {
        double n = Math.PI - 2.0 * Math.PI * y / tilesPerAxis(zoom);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}
