package io.connect.station.domain;

/** One slippy-map tile. */
public record Tile(int z, long x, long y) {

    public Tile {
        if (!TileMath.valid(z, x, y)) {
            throw new IllegalArgumentException("no tile " + z + "/" + x + "/" + y);
        }
    }

    public static Tile containing(double latitude, double longitude, int zoom) {
        return new Tile(zoom, TileMath.tileX(longitude, zoom), TileMath.tileY(latitude, zoom));
    }
}
