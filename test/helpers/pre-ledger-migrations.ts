// The migration list as ShiftDesk shipped it before the ledger (user_version only), with 0070
// as it was before it was split into honest steps. Frozen: it builds the databases that
// developers and testers already have, so tests can prove the new runner takes them over.
import Database from 'better-sqlite3-multiple-ciphers'
import type { Migration } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'

const handoverAsShipped: Migration = {
  version: 70,
  name: 'handover',
  sql: `
      -- Wrong PINs in a row, lockouts since the last correct PIN (each one doubles the wait),
      -- and when the current lockout ends. In the database so that a restart does not reset them.
      ALTER TABLE profiles ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE profiles ADD COLUMN pin_lockouts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE profiles ADD COLUMN pin_locked_until INTEGER;

      CREATE TABLE shift_schedule (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL,
        end_time   TEXT NOT NULL,
        position   INTEGER NOT NULL
      ) STRICT;
      INSERT INTO shift_schedule (id, name, start_time, end_time, position) VALUES
        ('day', '', '09:00', '16:30', 0),
        ('night', '', '16:00', '22:30', 1);

      CREATE TABLE shared_pc_settings (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        enabled            INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        idle_lock_minutes  INTEGER CHECK (idle_lock_minutes IS NULL OR idle_lock_minutes > 0),
        lock_hotkey        TEXT NOT NULL
      ) STRICT;
      INSERT INTO shared_pc_settings (id, enabled, idle_lock_minutes, lock_hotkey) VALUES (1, 0, 10, 'CommandOrControl+Alt+L');

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

/** Steps 0010–0110 as the pre-ledger app ran them. */
export const PRE_LEDGER_MIGRATIONS: readonly Migration[] = [
  ...MIGRATIONS.filter((m) => m.version < 61),
  handoverAsShipped,
  ...MIGRATIONS.filter((m) => m.version >= 80 && m.version <= 110),
]

/** A database as the pre-ledger runner left it at `version`: the steps run, user_version set, no ledger. */
export function writePreLedgerDatabase(file: string, version: number): Database.Database {
  const db = new Database(file)
  for (const step of PRE_LEDGER_MIGRATIONS.filter((m) => m.version <= version)) {
    db.transaction(() => {
      db.exec(step.sql)
      db.pragma(`user_version = ${step.version}`)
    })()
  }
  return db
}
