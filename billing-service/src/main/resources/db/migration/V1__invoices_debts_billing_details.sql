-- One invoice per charging session (session_id unique): a SessionCompleted redelivered under a new event id
-- still finds the invoice it created the first time.
CREATE TABLE invoice (
    id                  UUID           PRIMARY KEY,
    session_id          UUID           NOT NULL UNIQUE,
    user_id             TEXT           NOT NULL,
    partner_id          TEXT,
    status              TEXT           NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'PAYMENT_FAILED')),
    kwh_cost            NUMERIC(12, 2) NOT NULL,
    time_cost           NUMERIC(12, 2) NOT NULL,
    session_fee_cost    NUMERIC(12, 2) NOT NULL,
    blocking_fee_cost   NUMERIC(12, 2) NOT NULL,
    starting_fee_cost   NUMERIC(12, 2) NOT NULL,
    vat                 NUMERIC(12, 2) NOT NULL,
    summary             NUMERIC(12, 2) NOT NULL,
    credits             NUMERIC(12, 2) NOT NULL,
    discount            NUMERIC(12, 2) NOT NULL,
    currency            TEXT           NOT NULL,
    tax_percent         NUMERIC(6, 3)  NOT NULL,
    consumed_energy     NUMERIC(12, 3) NOT NULL,
    payment_method_id   TEXT,
    stripe_invoice_id   TEXT,
    hosted_invoice_url  TEXT,
    invoice_pdf         TEXT,
    refund              BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    attempts            INT            NOT NULL DEFAULT 0
);
CREATE INDEX invoice_user_created ON invoice (user_id, created_at DESC);
CREATE INDEX invoice_pending ON invoice (created_at) WHERE status = 'PENDING_PAYMENT';

CREATE TABLE debt (
    id                            UUID           PRIMARY KEY,
    user_id                       TEXT           NOT NULL,
    session_id                    UUID           NOT NULL UNIQUE,
    invoice_id                    UUID           NOT NULL REFERENCES invoice (id),
    amount                        NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    currency                      TEXT           NOT NULL,
    payment_intent_id             TEXT,
    payment_intent_client_secret  TEXT,
    status                        TEXT           NOT NULL CHECK (status IN ('OPEN', 'SETTLED')),
    created_at                    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    settled_at                    TIMESTAMPTZ
);
CREATE INDEX debt_user_open ON debt (user_id, created_at) WHERE status = 'OPEN';

CREATE TABLE billing_details (
    user_id       TEXT        PRIMARY KEY,
    line1         TEXT        NOT NULL,
    line2         TEXT,
    postal_code   TEXT        NOT NULL,
    city          VARCHAR(50),
    country       VARCHAR(150),
    tax_id        VARCHAR(30),
    account_type  TEXT        NOT NULL DEFAULT 'personal' CHECK (account_type IN ('personal', 'business')),
    company_name  TEXT,
    vat_id        TEXT,
    first_name    VARCHAR(150),
    last_name     VARCHAR(150),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
