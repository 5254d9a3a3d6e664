-- Shared by every service (Flyway location classpath:db/platform): the transactional outbox and the
-- consumer-side dedup table. Versions 0.x stay below the services' own V1, V2...
CREATE TABLE outbox_event (
    seq            BIGSERIAL PRIMARY KEY,
    id             UUID        NOT NULL UNIQUE,
    topic          TEXT        NOT NULL,
    partition_key  TEXT        NOT NULL,
    type           TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at   TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

CREATE TABLE processed_event (
    consumer      TEXT        NOT NULL,
    event_id      TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
