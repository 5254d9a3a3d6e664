-- Partners (tenants), their API tokens (only a SHA-256 of each token is stored), their users, and the open
-- debts that billing-service announces (a user with an open debt cannot be deleted).
CREATE TABLE partner (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE api_token (
    id            UUID        PRIMARY KEY,
    partner_id    UUID        NOT NULL REFERENCES partner (id),
    token_hash    TEXT        NOT NULL UNIQUE,
    token_prefix  TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX api_token_partner ON api_token (partner_id);

CREATE TABLE app_user (
    id           UUID        PRIMARY KEY,
    partner_id   UUID        NOT NULL REFERENCES partner (id),
    email        TEXT,
    locale       TEXT        NOT NULL,
    external_id  TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at   TIMESTAMPTZ
);
CREATE INDEX app_user_partner ON app_user (partner_id);
CREATE INDEX app_user_partner_external_id ON app_user (partner_id, external_id);

-- No foreign key to app_user: events may name a user this service has already forgotten, and the consumer
-- must not stall on them. session_id is kept to show the partner which sessions are unpaid.
CREATE TABLE user_open_debt (
    debt_id     TEXT           PRIMARY KEY,
    user_id     UUID           NOT NULL,
    session_id  TEXT,
    amount      NUMERIC(12, 2) NOT NULL,
    currency    TEXT           NOT NULL
);
CREATE INDEX user_open_debt_user ON user_open_debt (user_id);
