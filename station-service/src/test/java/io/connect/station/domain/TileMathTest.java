package io.connect.station.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileMathTest {

    @Test
    void lonLatToTileMatchesKnownTiles() {
        // Cariqa's client example x=8803, y=5374, z=14 is in Berlin
        assertEquals(8803, TileMath.tileX(13.43, 14));
        assertEquals(5374, TileMath.tileY(52.50, 14));
        // the seed station in Worms
        assertEquals(new Tile(16, 34291, 22330), Tile.containing(49.630383, 8.368902, 16));
        assertEquals(new Tile(0, 0, 0), Tile.containing(49.63, 8.37, 0));
        assertEquals(new Tile(1, 1, 0), Tile.containing(49.63, 8.37, 1));
        assertEquals(new Tile(1, 0, 1), Tile.containing(-33.9, -70.6, 1));
    }

    @Test
    void tileEdgesRoundTripAndEdgesBelongEastAndSouth() {
        int z = 12;
        for (long x : new long[]{0, 1, 2143, 4095}) {
            double west = TileMath.westLongitude(x, z);
            assertEquals(x, TileMath.tileX(west, z), "west edge of " + x);
            assertEquals(x, TileMath.tileX(west + 1e-9, z));
        }
        for (long y : new long[]{0, 1, 1395, 4095}) {
            double north = TileMath.northLatitude(y, z);
            assertEquals(y, TileMath.tileY(north - 1e-9, z), "just south of the north edge of " + y);
        }
        assertEquals(-180.0, TileMath.westLongitude(0, z), 1e-12);
        assertEquals(180.0, TileMath.westLongitude(4096, z), 1e-12);
        assertEquals(TileMath.MAX_LATITUDE, TileMath.northLatitude(0, z), 1e-9);
        assertEquals(85.0511287798, TileMath.MAX_LATITUDE, 1e-9);
    }

    @Test
    void worldEdgesAndPolesAreClamped() {
        assertEquals(0, TileMath.tileY(90, 5));
        assertEquals(31, TileMath.tileY(-90, 5));
        assertEquals(31, TileMath.tileX(180, 5));
        assertEquals(0, TileMath.tileX(-180, 5));
    }

    @Test
    void validity() {
        assertTrue(TileMath.valid(22, (1L << 22) - 1, 0));
        assertFalse(TileMath.valid(3, 8, 0));
        assertFalse(TileMath.valid(3, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> TileMath.tilesPerAxis(23));
        assertThrows(IllegalArgumentException.class, () -> new Tile(2, 4, 0));
    }

    @Test
    void expansionZoomIsTheZoomWhoseCellIsNoLargerThanTheSpread() {
        // z=8 cell: 40075016.69 / 256 / 8 = 19568 m; a 1000 m spread splits once cells are <= 1000 m: 1223 m at z=12, 611 m at z=13
        assertEquals(19567.88, TileClustering.cellMetres(8), 0.01);
        assertEquals(13, TileClustering.expansionZoom(8, 1000, 14));
        assertEquals(9, TileClustering.expansionZoom(8, 15000, 14), "splits at the next zoom");
        assertEquals(9, TileClustering.expansionZoom(8, 50000, 14), "at least z + 1");
        assertEquals(14, TileClustering.expansionZoom(8, 10, 14), "capped at the single-station zoom");
        assertEquals(14, TileClustering.expansionZoom(8, 0, 14), "co-located stations split only there");
        assertEquals(14, TileClustering.expansionZoom(13, 50000, 14));
    }
}
