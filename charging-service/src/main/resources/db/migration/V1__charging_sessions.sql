-- Charging sessions (one row per start attempt) and the OCPI commands sent for them.
CREATE TABLE charging_session (
    id                          UUID PRIMARY KEY,
    user_id                     UUID          NOT NULL,
    partner_id                  TEXT          NOT NULL,
    evse_id                     TEXT          NOT NULL,
    evse_uid                    TEXT,
    location_id                 TEXT,
    connector_id                TEXT,
    cpo_country_code            TEXT,
    cpo_party_id                TEXT,
    payment_method_id           TEXT          NOT NULL,
    state                       TEXT          NOT NULL
        CHECK (state IN ('STARTING', 'ACTIVE', 'STOPPING', 'COMPLETED', 'FAILED')),
    failure_reason              TEXT,
    cpo_session_id              TEXT,
    cpo_last_updated            TIMESTAMPTZ(6),
    start_time                  TIMESTAMPTZ(6),
    end_time                    TIMESTAMPTZ(6),
    consumed_energy             NUMERIC(10, 3) NOT NULL DEFAULT 0,
    duration                    INT           NOT NULL DEFAULT 0,
    charging_duration           INT,
    parking_duration            INT,
    station_info                JSONB,
    is_partner                  BOOLEAN       NOT NULL DEFAULT FALSE,
    logo_url                    TEXT,
    user_facing_session_prices  JSONB,
    tariff_snapshot             JSONB,
    pre_authorization           JSONB,
    session_cost                JSONB,
    charging_periods            JSONB,
    cdr                         JSONB,
    rates                       INT CHECK (rates BETWEEN 1 AND 5),
    cdr_id                      TEXT UNIQUE,
    created_at                  TIMESTAMPTZ(6) NOT NULL,
    updated_at                  TIMESTAMPTZ(6) NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0
);

-- A user charges at most once at a time; concurrent starts lose on this index (409 already_charging).
CREATE UNIQUE INDEX charging_session_one_open_per_user
    ON charging_session (user_id) WHERE state IN ('STARTING', 'ACTIVE', 'STOPPING');
CREATE INDEX charging_session_user_created ON charging_session (user_id, created_at DESC);
CREATE INDEX charging_session_cpo_session ON charging_session (cpo_country_code, cpo_party_id, cpo_session_id);

CREATE TABLE ocpi_command (
    uid          UUID PRIMARY KEY,
    session_id   UUID        NOT NULL REFERENCES charging_session (id),
    type         TEXT        NOT NULL,
    result       TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    answered_at  TIMESTAMPTZ
);
CREATE INDEX ocpi_command_session ON ocpi_command (session_id);
