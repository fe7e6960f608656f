// Staged reply imports: a big import writes its replies in many small transactions, so main keeps
// answering the window, yet the agent sees all of them or none. A reply written by an import
// stays invisible while its batch is listed in reply_imports_pending; the import ends by deleting
// that one row (and applying its overwrites) in one short transaction. At start, a batch still
// pending means the import was cut off: its rows are removed (QuickReplyService.open).
import type { Migration } from '../migrate'

export const replyStagedImports: Migration = {
  version: 130,
  name: 'reply-staged-imports',
  sql: `
  -- The import that wrote this reply; NULL for replies saved any other way.
  ALTER TABLE replies ADD COLUMN import_batch TEXT;

  CREATE TABLE reply_imports_pending (
    batch       TEXT PRIMARY KEY,
    profile_id  TEXT NOT NULL,
    started_at  INTEGER NOT NULL
  ) STRICT;

  -- Existing replies an import replaces, applied when its batch becomes visible.
  CREATE TABLE reply_import_overwrites (
    batch         TEXT NOT NULL,
    id            TEXT NOT NULL,
    title         TEXT NOT NULL,
    title_pinyin  TEXT NOT NULL,
    body          TEXT NOT NULL,
    shortcut      TEXT NOT NULL,
    category      TEXT NOT NULL,
    grp           TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (batch, id)
  ) STRICT, WITHOUT ROWID;
`,
}
