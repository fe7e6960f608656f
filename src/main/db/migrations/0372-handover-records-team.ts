// Team sync (issue 18): a shift's handover record (its notes for the next shift and its cash
// count) crosses PCs with the items. A record from another PC is written by an agent who may
// never have used this one, so `handover_records` is rebuilt without foreign keys to local
// profiles (its author is a local profile id, or a team agent id named by `people`). An item
// from the team names the record it was handed over in, which may arrive in the same download
// after the item, so `handover_items` drops its foreign keys to records too. `handed_over_count`
// is how many items the author handed over in a record from the team (this PC counts its own
// records from their history). Every other column stays as it was; the schema test allows a step
// to relax a table. Each table is copied aside, dropped, made again under its own name and filled
// from the copy: foreign keys are checked at commit, and the rows events point at are back by then
// (filling a table under another name and renaming it would leave them counted as missing).
// Items go first, so that no item refers to the records while they are dropped.
import type { Migration } from '../migrate'

export const handoverRecordsTeam: Migration = {
  version: 372,
  name: 'handover-records-team',
  sql: `
    PRAGMA defer_foreign_keys = ON;

    CREATE TEMP TABLE handover_items_copy AS SELECT * FROM handover_items;
    DROP TABLE handover_items;
    CREATE TABLE handover_items (
      id              TEXT PRIMARY KEY,
      record_id       TEXT,
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
      handed_over_in  TEXT,
      resolution      TEXT NOT NULL DEFAULT '',
      created_at      INTEGER NOT NULL,
      updated_at      INTEGER NOT NULL,
      done_at         INTEGER
    , updated_by TEXT) STRICT;
    INSERT INTO handover_items SELECT id, record_id, author_id, customer, order_no, situation, next_step, urgency, due_at, promised, state,
      holder_id, handed_over_by, handed_over_in, resolution, created_at, updated_at, done_at, updated_by FROM handover_items_copy;
    DROP TABLE handover_items_copy;
    CREATE INDEX handover_items_state ON handover_items(state, urgency, due_at);
    CREATE INDEX handover_items_record ON handover_items(record_id);

    CREATE TEMP TABLE handover_records_copy AS SELECT * FROM handover_records;
    DROP TABLE handover_records;
    CREATE TABLE handover_records (
      id            TEXT PRIMARY KEY,
      author_id     TEXT NOT NULL,
      shift_id      TEXT NOT NULL DEFAULT '',
      shift_date    TEXT NOT NULL DEFAULT '',
      notes         TEXT NOT NULL DEFAULT '',
      cash_cents    INTEGER,
      item_count    INTEGER,
      created_at    INTEGER NOT NULL,
      updated_at    INTEGER NOT NULL,
      submitted_at  INTEGER
    , updated_by TEXT, handed_over_count INTEGER) STRICT;
    INSERT INTO handover_records SELECT id, author_id, shift_id, shift_date, notes, cash_cents, item_count, created_at, updated_at, submitted_at, updated_by, NULL
      FROM handover_records_copy;
    DROP TABLE handover_records_copy;
    CREATE UNIQUE INDEX handover_records_one_open ON handover_records(author_id) WHERE submitted_at IS NULL;
    CREATE INDEX handover_records_submitted ON handover_records(submitted_at);
  `,
}
