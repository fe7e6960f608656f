// What agents record for the lead's day (issue 19): why a customer did not buy, a register
// entry flagged as a hard question (疑难) for the lead, and an after-sales follow-up's check.
// A reason is a row of its own beside its tally: tallies stay append-only, and the reason can be
// added or changed later in the shift. It keeps the wording picked, so a renamed or removed
// reason still reads right. Existing follow-ups start as not yet checked (nobody checked them).
import type { Migration } from '../migrate'

export const leadNotes: Migration = {
  version: 180,
  name: 'lead-notes',
  sql: `
    CREATE TABLE lost_deal_reasons (
      tally_id      TEXT PRIMARY KEY REFERENCES stats_tallies(id) ON DELETE CASCADE,
      profile_id    TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
      work_day      TEXT NOT NULL,
      reason_id     TEXT NOT NULL,
      reason_label  TEXT NOT NULL,
      note          TEXT NOT NULL DEFAULT '',
      created_at    INTEGER NOT NULL,
      updated_at    INTEGER NOT NULL,
      updated_by    TEXT REFERENCES profiles(id) ON DELETE SET NULL,
      deleted_at    INTEGER
    ) STRICT;
    -- The lead's period: one range scan per agent.
    CREATE INDEX lost_deal_reasons_by_day ON lost_deal_reasons (profile_id, work_day);

    ALTER TABLE register_entries ADD COLUMN hard INTEGER NOT NULL DEFAULT 0 CHECK (hard IN (0, 1));
    ALTER TABLE register_entries ADD COLUMN check_state TEXT CHECK (check_state IN ('pending', 'verified', 'problem'));
    UPDATE register_entries SET check_state = 'pending' WHERE kind = 'followup';
    CREATE INDEX register_entries_hard ON register_entries (profile_id, created_at) WHERE hard = 1 AND deleted_at IS NULL;
  `,
}
