package io.connect.station.api;

import io.connect.platform.errors.ApiException;
import io.connect.station.domain.Tile;
import io.connect.station.domain.TileMath;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tiles of a /tile/ request: {@code z} and the pairs (x[i], y[i]) — the i-th x goes with the i-th y, so a
 * client lists exactly the tiles it lacks (a viewport of 3 × 2 tiles is 6 pairs). Repeated pairs count once.
 */
final class TileParams {

    private TileParams() {
    }

    static List<Tile> parse(QueryParams q, int maxTiles) {
        Integer z = q.integer("z", null, 0, TileMath.MAX_ZOOM);
        if (z == null) {
            throw missing("z");
        }
        List<Long> xs = coordinates(q, "x", z);
        List<Long> ys = coordinates(q, "y", z);
        if (xs.size() != ys.size()) {
            throw ApiException.validation("y", "Expected as many values as x (" + xs.size() + "), got " + ys.size()
                    + ": x[] and y[] are read in pairs.");
        }
        Set<Tile> tiles = new LinkedHashSet<>();
        for (int n = 0; n < xs.size(); n++) {
            tiles.add(new Tile(z, xs.get(n), ys.get(n)));
        }
        if (tiles.size() > maxTiles) {
            throw ApiException.validation("x", "Ensure this field has no more than " + maxTiles + " elements.");
        }
        return List.copyOf(tiles);
    }

    private static List<Long> coordinates(QueryParams q, String name, int z) {
        List<String> raw = q.list(name, true);
        if (raw.isEmpty()) {
            throw missing(name);
        }
        long max = TileMath.tilesPerAxis(z) - 1;
        List<Long> out = new ArrayList<>();
        for (String v : raw) {
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw ApiException.validation(name, "A valid integer is required.");
            }
            if (n < 0) {
                throw ApiException.validation(name, "Ensure this value is greater than or equal to 0.");
            }
            if (n > max) {
                throw ApiException.validation(name, "Ensure this value is less than or equal to " + max
                        + " (the last tile at zoom " + z + ").");
            }
            out.add(n);
        }
        return out;
    }

    private static ApiException missing(String name) {
        return ApiException.validation(name, "This field is required.");
    }
}
