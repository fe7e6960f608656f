// A presence day's totals as the team keeps them (issue 19): after each change to a team-linked
// agent's presence log, the totals of the work days it touched, as an append-only snapshot the
// sync room uploads to the team's `presence_days` (services/presence/presence-days.ts). The log
// itself (presence_changes, with its reasons) stays on the PC.
import type { Migration } from '../migrate'

export const presenceDays: Migration = {
  version: 361,
  name: 'presence-days',
  sql: `
    CREATE TABLE presence_days (
      id          TEXT PRIMARY KEY,
      profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
      day         TEXT NOT NULL,
      online_ms   INTEGER NOT NULL,
      paused_ms   INTEGER NOT NULL,
      away_ms     INTEGER NOT NULL,
      first_at    INTEGER,
      last_at     INTEGER,
      at          INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX presence_days_by_day ON presence_days (profile_id, day, at);
  `,
}
