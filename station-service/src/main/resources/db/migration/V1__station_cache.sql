-- The station cache: OCPI 2.2.1 Locations (with EVSEs and connectors) and Tariffs as the CPOs sent them.
-- OCPI objects are identified by (country_code, party_id, id), so two CPOs cannot collide.
-- The postgis extension is created by the superuser beforehand (it needs superuser rights).

CREATE TABLE location (
    pk             BIGSERIAL PRIMARY KEY,
    country_code   VARCHAR(2)   NOT NULL,
    party_id       VARCHAR(3)   NOT NULL,
    id             VARCHAR(36)  NOT NULL,
    cpo_key        TEXT         NOT NULL,
    publish        BOOLEAN      NOT NULL DEFAULT TRUE,
    name           TEXT,
    address        TEXT         NOT NULL,
    city           TEXT         NOT NULL,
    postal_code    TEXT,
    state          TEXT,
    country        VARCHAR(3)   NOT NULL,
    -- kept as numeric with the CPO's scale so the API returns the coordinates exactly as received
    latitude       NUMERIC      NOT NULL,
    longitude      NUMERIC      NOT NULL,
    geog           geography(Point, 4326) GENERATED ALWAYS AS
                       (ST_SetSRID(ST_MakePoint(longitude::float8, latitude::float8), 4326)::geography) STORED,
    time_zone      TEXT         NOT NULL,
    operator_name  TEXT,
    operator       JSONB,
    facilities     JSONB        NOT NULL DEFAULT '[]',
    opening_times  JSONB,
    last_updated   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT location_ocpi_key UNIQUE (country_code, party_id, id)
);
CREATE INDEX location_geog ON location USING GIST (geog);
CREATE INDEX location_id ON location (id);
CREATE INDEX location_operator_name ON location (lower(operator_name));

CREATE TABLE evse (
    pk             BIGSERIAL PRIMARY KEY,
    location_pk    BIGINT       NOT NULL REFERENCES location (pk),
    uid            VARCHAR(36)  NOT NULL,
    evse_id        VARCHAR(48),
    position       INT          NOT NULL DEFAULT 0,
    status         VARCHAR(16)  NOT NULL,
    capabilities   JSONB        NOT NULL DEFAULT '[]',
    -- the highest power of its connectors, kW (derived on write, used by the power_groups filter)
    max_power_kw   NUMERIC(10, 3),
    last_updated   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT evse_uid_per_location UNIQUE (location_pk, uid)
);
CREATE UNIQUE INDEX evse_evse_id ON evse (evse_id) WHERE evse_id IS NOT NULL;
CREATE INDEX evse_location ON evse (location_pk);

CREATE TABLE connector (
    pk                  BIGSERIAL PRIMARY KEY,
    evse_pk             BIGINT       NOT NULL REFERENCES evse (pk),
    id                  VARCHAR(36)  NOT NULL,
    position            INT          NOT NULL DEFAULT 0,
    standard            VARCHAR(32)  NOT NULL,
    format              VARCHAR(16)  NOT NULL,
    power_type          VARCHAR(24)  NOT NULL,
    max_voltage         INT          NOT NULL,
    max_amperage        INT          NOT NULL,
    max_electric_power  INT,
    tariff_ids          JSONB        NOT NULL DEFAULT '[]',
    last_updated        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT connector_id_per_evse UNIQUE (evse_pk, id)
);
CREATE INDEX connector_evse ON connector (evse_pk);
CREATE INDEX connector_standard ON connector (standard);

CREATE TABLE tariff (
    pk               BIGSERIAL PRIMARY KEY,
    country_code     VARCHAR(2)   NOT NULL,
    party_id         VARCHAR(3)   NOT NULL,
    id               VARCHAR(36)  NOT NULL,
    cpo_key          TEXT         NOT NULL,
    currency         VARCHAR(3)   NOT NULL,
    type             VARCHAR(24),
    elements         JSONB        NOT NULL,
    start_date_time  TIMESTAMPTZ,
    end_date_time    TIMESTAMPTZ,
    -- the whole OCPI object as received: it travels in the tariff snapshot for billing
    ocpi             JSONB        NOT NULL,
    last_updated     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT tariff_ocpi_key UNIQUE (country_code, party_id, id)
);
