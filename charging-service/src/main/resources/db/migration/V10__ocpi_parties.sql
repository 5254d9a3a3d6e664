-- OCPI parties (CPOs) we exchanged credentials with, either way round (OCPI 2.2.1 credentials module).
-- token_out is what we call them with (we must send it, so it is kept as is); tokens they call us with are kept
-- only as SHA-256. During a rotation the previous incoming token stays valid until the CPO confirmed the new one.
-- Versioned V10 so that other work on this service can take V3.. without a clash (Flyway runs out-of-order).
CREATE TABLE ocpi_party (
    id                     UUID PRIMARY KEY,
    initiated_by           TEXT        NOT NULL CHECK (initiated_by IN ('US', 'THEM')),
    status                 TEXT        NOT NULL CHECK (status IN ('PENDING', 'REGISTERED')),
    country_code           TEXT,
    party_id               TEXT,
    business_name          TEXT,
    versions_url           TEXT UNIQUE,
    endpoints              JSONB,
    token_out              TEXT,
    token_in_hash          TEXT UNIQUE,
    token_in_previous_hash TEXT UNIQUE,
    token_a_hash           TEXT UNIQUE,
    created_at             TIMESTAMPTZ(6) NOT NULL,
    updated_at             TIMESTAMPTZ(6) NOT NULL
);
