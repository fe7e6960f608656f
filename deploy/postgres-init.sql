-- Runs once, when the postgres volume is created: the second database holds PowerSync's
-- bucket storage (the first, `team`, is POSTGRES_DB and holds the team's data).
CREATE DATABASE powersync_storage;
