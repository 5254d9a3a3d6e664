-- The session watchdog (SessionWatchdog): a failed session whose pre-authorisation could not be released yet
-- keeps release_pending until payment-service confirmed the release.
ALTER TABLE charging_session ADD COLUMN release_pending BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX charging_session_release_pending ON charging_session (id) WHERE release_pending;
-- the watchdog's scan: open sessions by age
CREATE INDEX charging_session_open_updated ON charging_session (updated_at)
    WHERE state IN ('STARTING', 'ACTIVE', 'STOPPING');
