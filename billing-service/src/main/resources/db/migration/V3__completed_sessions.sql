-- Every charging.session.completed.v1 billing received, billable or not: reconciliation compares invoices with it.
-- session_id is text because an unbillable event may not carry a usable one (then its subject, or its event id).
CREATE TABLE completed_session (
    session_id   TEXT        PRIMARY KEY,
    user_id      TEXT,
    event_id     TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    problem      TEXT
);
CREATE INDEX completed_session_received ON completed_session (received_at);

-- Sessions invoiced before this table existed.
INSERT INTO completed_session (session_id, user_id, event_id, received_at)
SELECT session_id::text, user_id, 'before-v3', created_at FROM invoice;
