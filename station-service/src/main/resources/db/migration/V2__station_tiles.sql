-- Web-Mercator position for /stations/tile/: tiles are cut with ST_TileEnvelope (SRID 3857). Latitude is clamped
-- to Web Mercator's limit (±85.0511°) because the poles have no Mercator y (ST_Transform would fail the insert).
ALTER TABLE location ADD COLUMN merc geometry(Point, 3857) GENERATED ALWAYS AS
    (ST_Transform(ST_SetSRID(ST_MakePoint(longitude::float8,
        LEAST(GREATEST(latitude::float8, -85.0511287798), 85.0511287798)), 4326), 3857)) STORED;
CREATE INDEX location_merc ON location USING GIST (merc);
