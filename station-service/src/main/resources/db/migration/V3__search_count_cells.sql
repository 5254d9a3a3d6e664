-- The exact count of /stations/around/ without visiting every match's heap row.
--
-- A location's cell on a grid of 1/256 degree (about 430 m north-south, 280 m east-west at 50°N). The index holds
-- the cell and the point of every published location, so the count reads only the index (an index-only scan) and
-- needs the exact distance test only near the circle's edge: a cell that lies wholly inside the circle counts
-- every location in it. Around Paris at 25 km that is 10,000 locations counted from the index, about 400 of them
-- tested (before: 10,000 tested on 9,500 heap blocks; docs/benchmarks.md).
ALTER TABLE location
    ADD COLUMN cell_y INT GENERATED ALWAYS AS (floor((latitude::float8 + 90) * 256)::int) STORED,
    ADD COLUMN cell_x INT GENERATED ALWAYS AS (floor((longitude::float8 + 180) * 256)::int) STORED;
CREATE INDEX location_cell ON location (cell_y, cell_x) INCLUDE (geog) WHERE publish;

-- The grid rows (cell_y) a circle of dist metres around (lat, lon) touches, each with the cells
-- [out_lo, out_hi] that may hold a location within the circle and the cells [in_lo, in_hi] that lie wholly inside
-- it (in_lo > in_hi: none). The radius test of the search is ST_DWithin on the spheroid; this geometry is on the
-- mean-radius sphere, which differs from the spheroid by under 0.6 %, so "inside" uses 99 % of the radius and
-- "may hold" 101 %: a location in an inside cell is within the radius, one outside the candidate cells is not.
-- The farthest point of a cell from the centre is one of its corners, so a cell is inside when its corners are.
-- A circle that reaches beyond 85° of latitude or across the 180th meridian gets every cell of its grid rows as
-- candidates and none as inside: still exact, only slower.
-- Planned once per session (force_generic_plan): planning the trigonometry cost more than running it.
CREATE FUNCTION location_search_strips(lat float8, lon float8, dist float8)
    RETURNS TABLE (cell_y int, out_lo int, out_hi int, in_lo int, in_hi int)
    LANGUAGE plpgsql IMMUTABLE STRICT ROWS 50 SET plan_cache_mode = force_generic_plan AS
$$
DECLARE
    f0   float8 := radians(lat);
    dout float8 := dist * 1.01 / 6371008.8;  -- angular radius of the candidate circle
    din  float8 := dist * 0.99 / 6371008.8;  -- angular radius of the inside circle
    wide boolean := degrees(f0 + dout) >= 85 OR degrees(f0 - dout) <= -85
        OR abs(lon) + degrees(asin(LEAST(1, sin(dout) / cos(f0)))) >= 180;
BEGIN
    RETURN QUERY
    SELECT cy,
           CASE WHEN wide THEN 0 ELSE floor((lon - wout + 180) * 256)::int END,
           CASE WHEN wide THEN 92160 ELSE floor((lon + wout + 180) * 256)::int END,
           CASE WHEN wide OR win IS NULL THEN 0 ELSE ceil((lon - win + 180) * 256)::int END,
           CASE WHEN wide OR win IS NULL THEN -1 ELSE floor((lon + win + 180) * 256)::int - 1 END
      FROM (SELECT cy,
                   -- half-width in longitude of the candidate circle at latitude fo, its widest in this row
                   CASE WHEN NOT wide THEN degrees(acos(LEAST(1, GREATEST(-1,
                       (cos(dout) - sin(f0) * sin(fo)) / (cos(f0) * cos(fo)))))) END AS wout,
                   -- half-width of the inside circle at the row's narrower edge (null: an edge is outside it)
                   CASE WHEN NOT wide AND fa >= f0 - din AND fb <= f0 + din THEN degrees(acos(LEAST(1, GREATEST(-1,
                       (cos(din) - sin(f0) * sin(fa)) / (cos(f0) * cos(fa)),
                       (cos(din) - sin(f0) * sin(fb)) / (cos(f0) * cos(fb)))))) END AS win
              FROM (SELECT cy, fa, fb,
                           -- the circle is widest at asin(sin f0 / cos dout); nearest latitude to it in the row
                           CASE WHEN NOT wide THEN LEAST(GREATEST(LEAST(GREATEST(asin(sin(f0) / cos(dout)), fa), fb),
                                                                  f0 - dout), f0 + dout) END AS fo
                      FROM generate_series(floor((GREATEST(-90, degrees(f0 - dout)) + 90) * 256)::int,
                                           floor((LEAST(90, degrees(f0 + dout)) + 90) * 256)::int) AS cy,
                           LATERAL (SELECT radians(cy / 256.0::float8 - 90) AS fa,
                                           radians((cy + 1) / 256.0::float8 - 90) AS fb) AS edges) AS grid_rows) AS widths;
END
$$;
