// Team sync (issue 18): the handover board crosses PCs. An item handed over at another PC names
// agents who may never have used this one, and belongs to no record written here, so the item
// and event tables are rebuilt without foreign keys to local profiles (they hold a local profile
// id, or a team agent id for a colleague without one), and an item's record may be NULL. Names
// come from `people`: this PC's profiles, then the team roster that sync keeps in `team_roster`.
// `from_team` marks an event the team wrote; the one this PC wrote for the same step is then
// dropped, so the history does not show it twice. Every column stays as it was (the schema test
// allows a step to relax a table: a REFERENCES clause or a NOT NULL may go, nothing else).
// Events go first: dropping the items table while events still referenced it would cascade.
import type { Migration } from '../migrate'

export const handoverTeam: Migration = {
  version: 300,
  name: 'handover-team',
  sql: `
    CREATE TABLE handover_events_relaxed (
      id          TEXT PRIMARY KEY,
      item_id     TEXT NOT NULL,
      kind        TEXT NOT NULL CHECK (kind IN ('written', 'edited', 'handed-over', 'taken-over', 'note', 'done')),
      actor_id    TEXT NOT NULL,
      record_id   TEXT REFERENCES handover_records(id),
      shift_id    TEXT NOT NULL DEFAULT '',
      shift_date  TEXT NOT NULL DEFAULT '',
      note        TEXT NOT NULL DEFAULT '',
      at          INTEGER NOT NULL
    ) STRICT;
    INSERT INTO handover_events_relaxed SELECT id, item_id, kind, actor_id, record_id, shift_id, shift_date, note, at FROM handover_events;
    DROP TABLE handover_events;
    ALTER TABLE handover_events_relaxed RENAME TO handover_events;
    CREATE INDEX handover_events_item ON handover_events(item_id, at);
    ALTER TABLE handover_events ADD COLUMN from_team INTEGER NOT NULL DEFAULT 0 CHECK (from_team IN (0, 1));

    CREATE TABLE handover_items_relaxed (
      id              TEXT PRIMARY KEY,
      record_id       TEXT REFERENCES handover_records(id),
      author_id       TEXT NOT NULL,
      customer        TEXT NOT NULL DEFAULT '',
      order_no        TEXT NOT NULL DEFAULT '',
      situation       TEXT NOT NULL,
      next_step       TEXT NOT NULL DEFAULT '',
      urgency         TEXT NOT NULL CHECK (urgency IN ('urgent', 'normal', 'potential')),
      due_at          INTEGER,
      promised        TEXT NOT NULL DEFAULT '',
      state           TEXT NOT NULL CHECK (state IN ('draft', 'awaiting', 'held', 'done')),
      holder_id       TEXT,
      handed_over_by  TEXT,
      handed_over_in  TEXT REFERENCES handover_records(id),
      resolution      TEXT NOT NULL DEFAULT '',
      created_at      INTEGER NOT NULL,
      updated_at      INTEGER NOT NULL,
      done_at         INTEGER
    , updated_by TEXT) STRICT;
    INSERT INTO handover_items_relaxed SELECT id, record_id, author_id, customer, order_no, situation, next_step, urgency, due_at, promised, state,
      holder_id, handed_over_by, handed_over_in, resolution, created_at, updated_at, done_at, updated_by FROM handover_items;
    DROP TABLE handover_items;
    ALTER TABLE handover_items_relaxed RENAME TO handover_items;
    CREATE INDEX handover_items_state ON handover_items(state, urgency, due_at);
    CREATE INDEX handover_items_record ON handover_items(record_id);

    -- The shop's agents as the team knows them (names for the board). Written by sync only.
    CREATE TABLE team_roster (
      id            TEXT PRIMARY KEY,
      display_name  TEXT NOT NULL,
      role          TEXT NOT NULL,
      active        INTEGER NOT NULL
    ) STRICT;

    CREATE VIEW people AS
      SELECT id, display_name FROM profiles
      UNION ALL
      SELECT id, display_name FROM team_roster WHERE id NOT IN (SELECT team_agent_id FROM profiles WHERE team_agent_id IS NOT NULL);
  `,
}
