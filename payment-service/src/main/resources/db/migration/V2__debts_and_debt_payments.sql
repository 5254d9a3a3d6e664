-- Billing's debts as far as payment-service needs them (from billing.debt.opened.v1 / billing.debt.settled.v1):
-- a user with an OPEN debt may not remove a payment method. A settled event arriving before its opened event
-- leaves a SETTLED row that the late opened event does not reopen.
CREATE TABLE user_debt (
    debt_id     TEXT        PRIMARY KEY,
    user_id     UUID        NOT NULL,
    session_id  TEXT,
    status      TEXT        NOT NULL CHECK (status IN ('OPEN', 'SETTLED')),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX user_debt_open ON user_debt (user_id) WHERE status = 'OPEN';

-- When the user paid the remainder PaymentIntent on session (payment_intent.succeeded).
ALTER TABLE session_charge ADD COLUMN remainder_paid_at TIMESTAMPTZ;
