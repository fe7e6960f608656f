// The issue register (问题登记本), per-form drafts, and the full-text index every notebook
// writes into. The index is two tables: `search_docs` (what a hit shows and filters on) and
// `search_index`, a contentless FTS5 table over our own tokens (Chinese bigrams, words,
// numbers: see shared/domain/search/tokens.ts), joined on rowid.
import type { Migration } from '../migrate'

export const register: Migration = {
  version: 50,
  name: 'register',
  sql: `
      CREATE TABLE register_entries (
        id             TEXT PRIMARY KEY,
        profile_id     TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind           TEXT NOT NULL CHECK (kind IN ('question', 'idea', 'followup')),
        text           TEXT NOT NULL,
        answer         TEXT NOT NULL DEFAULT '',
        tags           TEXT NOT NULL DEFAULT '[]',
        customer       TEXT NOT NULL DEFAULT '',
        order_no       TEXT NOT NULL DEFAULT '',
        purchase_date  TEXT NOT NULL DEFAULT '',
        buyer_wants    TEXT NOT NULL DEFAULT '',
        promised       TEXT NOT NULL DEFAULT '',
        due_at         INTEGER,
        status         TEXT CHECK (status IN ('todo', 'doing', 'done')),
        resolution     TEXT NOT NULL DEFAULT '',
        done_at        INTEGER,
        reminded_at    INTEGER,
        answered_at    INTEGER,
        created_by     TEXT NOT NULL,
        created_at     INTEGER NOT NULL,
        updated_by     TEXT NOT NULL,
        updated_at     INTEGER NOT NULL,
        deleted_at     INTEGER
      ) STRICT;
      CREATE INDEX register_entries_by_time ON register_entries (profile_id, created_at);
      CREATE INDEX register_entries_open_follow_ups ON register_entries (profile_id, due_at)
        WHERE kind = 'followup' AND status <> 'done' AND deleted_at IS NULL;

      CREATE TABLE form_drafts (
        profile_id  TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        form        TEXT NOT NULL,
        payload     TEXT NOT NULL,
        saved_at    INTEGER NOT NULL,
        PRIMARY KEY (profile_id, form)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE search_docs (
        rowid       INTEGER PRIMARY KEY,
        notebook    TEXT NOT NULL,
        ref_id      TEXT NOT NULL,
        profile_id  TEXT REFERENCES profiles(id) ON DELETE CASCADE,
        title       TEXT NOT NULL,
        body        TEXT NOT NULL,
        kind        TEXT,
        status      TEXT,
        author      TEXT NOT NULL DEFAULT '',
        at          INTEGER NOT NULL,
        UNIQUE (notebook, ref_id)
      ) STRICT;

      CREATE VIRTUAL TABLE search_index USING fts5(
        tokens, tokenize = 'ascii', content = '', contentless_delete = 1
      );
      -- FTS5 would merge index segments inside whichever save happens to fill a level (every
      -- 64th save took 15+ ms on 200k notes); SearchIndexService.tidy() does that work on a timer.
      INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0);
    `,
}
