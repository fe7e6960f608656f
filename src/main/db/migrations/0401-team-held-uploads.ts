// Changes an agent queued on a shared PC whose team sign-in is sealed with her personal key
// (issue 16, 1.2) and closed since ShiftDesk started: they leave PowerSync's queue, so the next
// agent's uploads are not stuck behind them, and wait here until her next sign-in sends them as
// hers (services/sync/held-uploads.ts).
import type { Migration } from '../migrate'

export const teamHeldUploads: Migration = {
  version: 401,
  name: 'team-held-uploads',
  sql: `
    CREATE TABLE team_held_uploads (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
      agent_id    TEXT NOT NULL,
      -- One local transaction's upload ops (JSON), as PowerSync handed them over.
      ops         TEXT NOT NULL,
      held_at     INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX team_held_uploads_by_profile ON team_held_uploads (profile_id, id);
  `,
}
