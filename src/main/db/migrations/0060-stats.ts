// Service statistics: one row per customer served, with the outcome key the agent pressed and
// the flags the counts add up (see src/shared/domain/stats/tally.ts). The shift and work day
// are fixed when the tally is made, so a later schedule change does not move old counts and
// a night shift across midnight adds up as one shift.
import type { Migration } from '../migrate'

export const stats: Migration = {
  version: 60,
  name: 'stats',
  sql: `
      CREATE TABLE stats_tallies (
        id          TEXT PRIMARY KEY,
        profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        at          INTEGER NOT NULL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('effective', 'not-effective', 'converted', 'thanked', 'transferred')),
        effective   INTEGER NOT NULL CHECK (effective IN (0, 1)),
        converted   INTEGER NOT NULL CHECK (converted IN (0, 1)),
        thanked     INTEGER NOT NULL CHECK (thanked IN (0, 1) AND thanked <= effective),
        transferred INTEGER NOT NULL CHECK (transferred IN (0, 1) AND transferred <= effective),
        customer    TEXT,
        source      TEXT NOT NULL CHECK (source IN ('keypad', 'hotkey', 'transcript')),
        shift_id    TEXT,
        shift_date  TEXT,
        work_day    TEXT NOT NULL,
        hour        INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        CHECK ((shift_id IS NULL) = (shift_date IS NULL))
      ) STRICT;
      -- The latest tallies (undo, the recent list).
      CREATE INDEX stats_tallies_profile_at ON stats_tallies (profile_id, at);
      -- Covers every aggregate: a shift, a day, a week or a month is one range scan of this
      -- index, grouped in index order, without touching the table.
      CREATE INDEX stats_tallies_profile_day ON stats_tallies (profile_id, work_day, shift_id, hour, effective, converted, thanked, transferred);
    `,
}
