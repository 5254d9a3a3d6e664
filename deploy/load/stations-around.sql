-- What station-service runs for GET /api/v1/stations/around/ without filters, first page of 10
-- (StationReader.aroundPage: the page with its count, then StationRows.page: EVSEs with their connectors, locations,
-- tariffs; the service sends each group in one round trip), for pgbench. The
-- statements are the service's, unchanged; the search is wrapped only to carry the page's pks to the next
-- statements (\gset), as the service does in Java (there they are an array parameter: = ANY (?)).
-- :lat, :lon come from the generated \set lines, :dist from pgbench -D dist=... The SET LOCAL does what the service's
-- set_config(..., true) does (GenericPlans); it only matters with pgbench -M prepared, for which the benchmark rewrites
-- the '{:page_pks}' literals into string_to_array(:page_pks, ',') (a parameter cannot sit inside a literal).
BEGIN;
SET LOCAL plan_cache_mode = force_generic_plan;
SELECT coalesce(string_agg(pk::text, ',' ORDER BY distance), '0') AS page_pks, coalesce(max(total), 0) AS total
FROM (WITH page AS (SELECT l.pk, l.geog <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography AS distance
                      FROM location l
                     WHERE l.publish AND ST_DWithin(l.geog, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :dist)
                     ORDER BY distance LIMIT 10 OFFSET 0)
      SELECT pk, (SELECT count(*)
                    FROM location_search_strips(:lat, :lon, :dist) g
                    JOIN location l ON l.cell_y = g.cell_y AND l.cell_x BETWEEN g.out_lo AND g.out_hi
                   WHERE l.publish
                     AND (l.cell_x BETWEEN g.in_lo AND g.in_hi
                          OR ST_DWithin(l.geog, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :dist))) AS total,
             distance
        FROM page ORDER BY distance) s \gset
SELECT pk, country_code, party_id, id, cpo_key, publish, name, address, city, postal_code, state, country,
       latitude, longitude, time_zone, operator::text, facilities::text, opening_times::text, last_updated
  FROM location WHERE pk = ANY ('{:page_pks}'::bigint[]);
SELECT e.pk, e.location_pk, e.uid, e.evse_id, e.status, e.capabilities::text, e.last_updated,
       c.id, c.standard, c.format, c.power_type, c.max_voltage, c.max_amperage, c.max_electric_power,
       c.tariff_ids::text, c.last_updated
  FROM evse e LEFT JOIN connector c ON c.evse_pk = e.pk
 WHERE e.location_pk = ANY ('{:page_pks}'::bigint[])
 ORDER BY e.position, e.pk, c.position, c.pk;
SELECT country_code, party_id, id, currency, type, elements::text, start_date_time, end_date_time, last_updated
  FROM tariff WHERE id = ANY (ARRAY(
    SELECT DISTINCT x.id FROM evse e JOIN connector c ON c.evse_pk = e.pk, jsonb_array_elements_text(c.tariff_ids) AS x(id)
    WHERE e.location_pk = ANY ('{:page_pks}'::bigint[])));
END;
