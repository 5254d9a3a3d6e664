-- One registration per CPO key (the keys of station-service's connect.cpos.<key>, e.g. "sim"), and the CPO roles
-- the CPO announced in its Credentials (every party it runs), so station-service can tell which locations a
-- CPO's token B may push. Rows stored before this came from the local stack's only CPO, whose key is "sim".
ALTER TABLE ocpi_party ADD COLUMN cpo_key TEXT;
ALTER TABLE ocpi_party ADD COLUMN cpo_roles JSONB;
UPDATE ocpi_party SET cpo_key = 'sim' WHERE initiated_by = 'US';
CREATE UNIQUE INDEX ocpi_party_registered_cpo_key ON ocpi_party (cpo_key) WHERE status = 'REGISTERED';

-- A charging session's commands go to the CPO that runs its EVSE (null: sessions from before, the default CPO).
ALTER TABLE charging_session ADD COLUMN cpo_key TEXT;
