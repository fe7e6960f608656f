// The lead's day on a team (issue 19): what a lead's PC receives of the agents it never sees
// sign in here. `team_lead_summaries` is the team's counts per agent and work day;
// `team_shared_entries` holds the register entries agents shared with the lead (hard questions
// and lost-deal reasons), and never a private one: the server does not send those. Both are
// written by sync only. `register_entry_downloads` holds no rows: its sync trigger
// (services/sync/tables/register-entries.ts) sends a downloaded entry to the agent's own
// register, to the lead's shared entries, or both.
import type { Migration } from '../migrate'

export const teamLeadDay: Migration = {
  version: 360,
  name: 'team-lead-day',
  sql: `
    CREATE TABLE team_lead_summaries (
      id               TEXT PRIMARY KEY,
      agent_id         TEXT NOT NULL,
      day              TEXT NOT NULL,
      questions        INTEGER NOT NULL,
      lost_deals       INTEGER NOT NULL,
      shared_entries   INTEGER NOT NULL,
      open_follow_ups  INTEGER NOT NULL,
      tallies          INTEGER NOT NULL,
      effective        INTEGER NOT NULL,
      converted        INTEGER NOT NULL,
      thanked          INTEGER NOT NULL,
      transferred      INTEGER NOT NULL,
      online_ms        INTEGER NOT NULL,
      paused_ms        INTEGER NOT NULL,
      away_ms          INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX team_lead_summaries_by_agent ON team_lead_summaries (agent_id, day);

    CREATE TABLE team_shared_entries (
      id          TEXT PRIMARY KEY,
      agent_id    TEXT NOT NULL,
      kind        TEXT NOT NULL,
      text        TEXT NOT NULL,
      answer      TEXT NOT NULL,
      tags        TEXT NOT NULL,
      work_day    TEXT NOT NULL,
      created_at  INTEGER NOT NULL,
      updated_at  INTEGER NOT NULL,
      deleted_at  INTEGER
    ) STRICT;
    CREATE INDEX team_shared_entries_by_agent ON team_shared_entries (agent_id, kind, created_at);

    CREATE VIEW register_entry_downloads (id, owner_id, kind, text, answer, tags, status, resolution, visibility, work_day, created_at, updated_at, deleted_at) AS
      SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;
  `,
}
