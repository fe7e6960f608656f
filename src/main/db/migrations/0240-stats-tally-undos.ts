// An undone tally stays, and the undo is a row of its own: the team's stat_tallies is append-only
// (a recorded row never changes), so an undo travels as an append-only undo row, never as a
// change to the tally. Counts subtract undone tallies (see stats-repository.ts).
import type { Migration } from '../migrate'

export const statsTallyUndos: Migration = {
  version: 240,
  name: 'stats-tally-undos',
  sql: `
    CREATE TABLE stats_tally_undos (
      id          TEXT PRIMARY KEY,
      profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
      -- One undo per tally: a retried or repeated undo finds it already undone.
      tally_id    TEXT NOT NULL UNIQUE REFERENCES stats_tallies(id) ON DELETE CASCADE,
      at          INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX stats_tally_undos_profile ON stats_tally_undos (profile_id);
  `,
}
