-- One Stripe customer per user, created lazily (first setup intent) or on user.created.v1.
CREATE TABLE stripe_customer (
    user_id             UUID PRIMARY KEY,
    stripe_customer_id  TEXT        NOT NULL UNIQUE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Our copy of the Stripe payment methods attached to a user's customer (filled from webhooks).
CREATE TABLE payment_method (
    id               TEXT PRIMARY KEY,
    user_id          UUID        NOT NULL,
    type             TEXT        NOT NULL,
    brand            TEXT,
    last4            TEXT,
    exp_month        INT,
    exp_year         INT,
    cardholder_name  TEXT,
    is_default       BOOLEAN     NOT NULL DEFAULT false,
    created_at       TIMESTAMPTZ NOT NULL,
    detached_at      TIMESTAMPTZ
);
CREATE INDEX payment_method_user ON payment_method (user_id) WHERE detached_at IS NULL;
-- At most one default per user among the attached methods.
CREATE UNIQUE INDEX payment_method_one_default ON payment_method (user_id) WHERE is_default AND detached_at IS NULL;

-- A hold (manual-capture PaymentIntent) per charging session.
CREATE TABLE pre_authorization (
    session_id         UUID PRIMARY KEY,
    user_id            UUID          NOT NULL,
    payment_method_id  TEXT          NOT NULL,
    payment_intent_id  TEXT,
    amount             NUMERIC(12,2) NOT NULL,
    currency           TEXT          NOT NULL,
    status             TEXT          NOT NULL,
    captured_amount    NUMERIC(12,2),
    client_secret      TEXT,
    failure_message    TEXT,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- The final charge of a session: capture, remainder, Stripe invoice. Each step is stored as it completes,
-- so a retry after a crash continues where it stopped.
CREATE TABLE session_charge (
    session_id                   UUID PRIMARY KEY,
    user_id                      UUID          NOT NULL,
    invoice_id                   TEXT,
    amount                       NUMERIC(12,2) NOT NULL,
    currency                     TEXT          NOT NULL,
    status                       TEXT          NOT NULL,
    captured_amount              NUMERIC(12,2),
    remainder_amount             NUMERIC(12,2),
    remainder_payment_intent_id  TEXT,
    remainder_client_secret      TEXT,
    stripe_invoice_id            TEXT,
    hosted_invoice_url           TEXT,
    invoice_pdf                  TEXT,
    created_at                   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at                   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
