package io.connect.station.persistence;

import io.connect.station.domain.Tile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stations of one slippy-map tile, in PostGIS on the Web-Mercator column {@code merc} (GIST index). A tile is
 * half-open like the tile formula: west and north edges in, east and south edges out, so a station on a shared
 * edge is counted in exactly one tile.
 */
@ApplicationScoped
public class TileReader {

    /** Half of the Web-Mercator world width, metres. */
    private static final double HALF_WORLD = 20037508.342789244;

    private static final String IN_TILE = """
             FROM location l, (SELECT ST_TileEnvelope(:z, :x, :y) AS e) env
             WHERE l.publish AND l.merc && env.e
               AND ST_X(l.merc) >= ST_XMin(env.e) AND ST_X(l.merc) < ST_XMax(env.e)
               AND ST_Y(l.merc) > ST_YMin(env.e) AND ST_Y(l.merc) <= ST_YMax(env.e)
            """;

    @Inject
    EntityManager em;

    /** Pks of the tile's stations that pass the database filters, by pk. */
    @SuppressWarnings("unchecked")
    public List<Long> stations(Tile tile, StationFilter filter, Collection<Long> onlyPks) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT l.pk").append(IN_TILE);
        restrict(tile, filter, onlyPks, sql, params);
        sql.append(" ORDER BY l.pk");
        return ((List<Number>) query(sql, params).getResultList()).stream().map(Number::longValue).toList();
    }

    /**
     * The tile's stations grouped on a {@code grid} × {@code grid} raster of the tile (cell (0,0) north-west), with
     * the centroid and the spread (largest side of the bounding box, metres) of each cell's stations.
     */
    @SuppressWarnings("unchecked")
    public List<Cell> cells(Tile tile, int grid, StationFilter filter, Collection<Long> onlyPks) {
        Map<String, Object> params = new HashMap<>();
        params.put("cell", 2 * HALF_WORLD / (1L << tile.z()) / grid);
        params.put("last", grid - 1);
        StringBuilder sql = new StringBuilder("""
                SELECT cx, cy, count(*), min(pk), ST_Y(ST_Transform(ST_Centroid(ST_Collect(merc)), 4326)),
                       ST_X(ST_Transform(ST_Centroid(ST_Collect(merc)), 4326)),
                       GREATEST(max(ST_X(merc)) - min(ST_X(merc)), max(ST_Y(merc)) - min(ST_Y(merc)))
                FROM (SELECT l.pk, l.merc,
                             LEAST(floor((ST_X(l.merc) - ST_XMin(env.e)) / :cell)::int, :last) AS cx,
                             LEAST(floor((ST_YMax(env.e) - ST_Y(l.merc)) / :cell)::int, :last) AS cy
                """).append(IN_TILE);
        restrict(tile, filter, onlyPks, sql, params);
        sql.append(") s GROUP BY cx, cy ORDER BY cy, cx");
        List<Object[]> rows = query(sql, params).getResultList();
        return rows.stream().map(r -> new Cell(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).longValue(), ((Number) r[4]).doubleValue(),
                ((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue())).toList();
    }

    private static void restrict(Tile tile, StationFilter filter, Collection<Long> onlyPks, StringBuilder sql,
                                 Map<String, Object> params) {
        params.put("z", tile.z());
        params.put("x", (int) tile.x());
        params.put("y", (int) tile.y());
        StationFilterSql.append(filter, sql, params);
        if (onlyPks != null) {
            // an array parameter: a max_price result may hold more pks than JDBC allows bind parameters
            sql.append(" AND l.pk = ANY(CAST(:only AS bigint[]))");
            params.put("only", onlyPks.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        }
    }

    private Query query(StringBuilder sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        return q;
    }

    /** One raster cell with stations; {@code anyPk} is one of them (the only one when count is 1). */
    public record Cell(int cx, int cy, int count, long anyPk, double latitude, double longitude, double spreadMetres) {
    }
}
