// Presence log: every change of an agent's online status, with why it changed, per profile.
// The heartbeat marks the last moment the app was alive while the account was not offline, so
// a crash or power cut ends the online span there instead of at the next start.
import type { Migration } from '../migrate'

export const presence: Migration = {
  version: 40,
  name: 'presence',
  sql: `
      CREATE TABLE presence_changes (
        id          TEXT PRIMARY KEY,
        profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        at          INTEGER NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('online', 'paused', 'offline')),
        reason      TEXT NOT NULL CHECK (reason IN ('startup', 'manual', 'idle', 'lock', 'suspend', 'quit', 'shift-end')),
        away_ms     INTEGER CHECK (away_ms IS NULL OR away_ms >= 0)
      ) STRICT;
      CREATE INDEX presence_changes_profile_at ON presence_changes (profile_id, at);

      CREATE TABLE presence_heartbeats (
        profile_id  TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        at          INTEGER NOT NULL
      ) STRICT;
    `,
}
