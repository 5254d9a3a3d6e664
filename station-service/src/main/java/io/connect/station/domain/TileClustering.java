package io.connect.station.domain;

/**
 * How /tile/ clusters below the single-station zoom: each tile is cut into {@link #GRID} × {@link #GRID} cells
 * (32 px on a 256 px tile) and the stations of a cell form one cluster, so clusters never cross tile edges.
 */
public final class TileClustering {

    public static final int GRID = 8;
    /** Web-Mercator world width, metres. */
    private static final double WORLD = 2 * 20037508.342789244;

    private TileClustering() {
    }

    /** Side of one cell at zoom z, in Web-Mercator metres. */
    public static double cellMetres(int zoom) {
        return WORLD / TileMath.tilesPerAxis(zoom) / GRID;
    }

    /**
     * The zoom at which a cluster of stations spread over {@code spreadMetres} (largest side of their bounding
     * box) is sure to split: the first zoom whose cell is no larger than the spread, since two stations that far
     * apart cannot share a cell. At least z + 1, at most {@code singleZoom}, where every station is its own
     * feature; co-located stations (spread 0) only split there.
     */
    public static int expansionZoom(int zoom, double spreadMetres, int singleZoom) {
        if (zoom + 1 >= singleZoom || spreadMetres <= 0) {
            return singleZoom;
        }
        int splits = (int) Math.ceil(Math.log(WORLD / GRID / spreadMetres) / Math.log(2) - 1e-9);
        return Math.max(zoom + 1, Math.min(singleZoom, splits));
    }
}
