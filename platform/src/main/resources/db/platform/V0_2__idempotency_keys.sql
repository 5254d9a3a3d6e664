-- Idempotency-Key on the POSTs that create things (io.connect.platform.idempotency). A key is the partner's:
-- two partners may use the same key. Rows older than 24 h are expired (deleted lazily and by a scheduled job).
CREATE TABLE idempotency_key (
    partner_id       TEXT        NOT NULL,
    idem_key         TEXT        NOT NULL,
    fingerprint      TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('IN_PROGRESS', 'DONE')),
    response_status  INT,
    response_body    TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (partner_id, idem_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
