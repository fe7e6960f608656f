// The lead's day on a team (issue 19): what the 组长 view's per-agent row shows and the summaries
// lacked. A tally keeps its sale flag (a thanked customer can also buy), an undo is an
// append-only row of its own (a recorded tally never changes), a register entry can carry the
// work day it is about (a lost deal counts on its tally's work day), and a presence day keeps
// its away-while-online time. lead_summaries gains the counts the view needs: still counts only.
import type { TeamMigration } from '../migrate'

export const leadDay: TeamMigration = {
  version: 30,
  name: 'lead-day',
  sql: `
    ALTER TABLE stat_tallies ADD COLUMN converted INTEGER NOT NULL DEFAULT 0 CHECK (converted IN (0, 1));

    CREATE TABLE stat_tally_undos (
      id          TEXT PRIMARY KEY,
      shop_id     TEXT NOT NULL,
      agent_id    TEXT NOT NULL,
      tally_id    TEXT NOT NULL,
      at          BIGINT NOT NULL,
      created_at  BIGINT NOT NULL
    );
    CREATE INDEX stat_tally_undos_by_agent ON stat_tally_undos (agent_id, tally_id);

    ALTER TABLE register_entries ADD COLUMN work_day TEXT NOT NULL DEFAULT '';
    ALTER TABLE presence_days ADD COLUMN away_ms BIGINT NOT NULL DEFAULT 0 CHECK (away_ms >= 0);

    ALTER TABLE lead_summaries ADD COLUMN effective INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE lead_summaries ADD COLUMN thanked INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE lead_summaries ADD COLUMN transferred INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE lead_summaries ADD COLUMN paused_ms BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE lead_summaries ADD COLUMN away_ms BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE lead_summaries ADD COLUMN open_follow_ups INTEGER NOT NULL DEFAULT 0;

    ALTER PUBLICATION powersync ADD TABLE stat_tally_undos;
  `,
}
