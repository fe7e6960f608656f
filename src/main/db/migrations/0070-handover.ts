// The shift handover log: each agent's record of a shift, the items handed over, and every
// item's history. Databases from before the migration ledger ran 0061–0063 and this as one step
// named 0070-handover; migrate.ts takes them over (see docs/data-model.md).
import type { Migration } from '../migrate'

export const handover: Migration = {
  version: 70,
  name: 'handover',
  sql: `
      -- One record per agent per shift; it stays open (submitted_at NULL) while the agent writes it
      -- and is private to its author until it is submitted.
      CREATE TABLE handover_records (
        id            TEXT PRIMARY KEY,
        author_id     TEXT NOT NULL REFERENCES profiles(id),
        shift_id      TEXT NOT NULL DEFAULT '',
        shift_date    TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        cash_cents    INTEGER,
        item_count    INTEGER,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        submitted_at  INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX handover_records_one_open ON handover_records(author_id) WHERE submitted_at IS NULL;
      CREATE INDEX handover_records_submitted ON handover_records(submitted_at);

      -- draft: in its author's open record; awaiting: handed over, nobody has taken it yet;
      -- held: someone follows it; done: closed with a resolution.
      CREATE TABLE handover_items (
        id              TEXT PRIMARY KEY,
        record_id       TEXT NOT NULL REFERENCES handover_records(id),
        author_id       TEXT NOT NULL REFERENCES profiles(id),
        customer        TEXT NOT NULL DEFAULT '',
        order_no        TEXT NOT NULL DEFAULT '',
        situation       TEXT NOT NULL,
        next_step       TEXT NOT NULL DEFAULT '',
        urgency         TEXT NOT NULL CHECK (urgency IN ('urgent', 'normal', 'potential')),
        due_at          INTEGER,
        promised        TEXT NOT NULL DEFAULT '',
        state           TEXT NOT NULL CHECK (state IN ('draft', 'awaiting', 'held', 'done')),
        holder_id       TEXT REFERENCES profiles(id),
        handed_over_by  TEXT REFERENCES profiles(id),
        handed_over_in  TEXT REFERENCES handover_records(id),
        resolution      TEXT NOT NULL DEFAULT '',
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        done_at         INTEGER
      ) STRICT;
      CREATE INDEX handover_items_state ON handover_items(state, urgency, due_at);
      CREATE INDEX handover_items_record ON handover_items(record_id);

      CREATE TABLE handover_events (
        id          TEXT PRIMARY KEY,
        item_id     TEXT NOT NULL REFERENCES handover_items(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('written', 'edited', 'handed-over', 'taken-over', 'note', 'done')),
        actor_id    TEXT NOT NULL REFERENCES profiles(id),
        record_id   TEXT REFERENCES handover_records(id),
        shift_id    TEXT NOT NULL DEFAULT '',
        shift_date  TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        at          INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX handover_events_item ON handover_events(item_id, at);
    `,
}
