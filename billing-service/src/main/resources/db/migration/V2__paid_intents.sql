-- payment.intent.succeeded.v1 that arrived before the session's debt was written (the user paid within the
-- moment between payment-service's answer and billing's commit): the debt is then opened already settled.
CREATE TABLE paid_intent (
    payment_intent_id  TEXT        PRIMARY KEY,
    session_id         UUID        NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
