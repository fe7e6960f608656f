// Quick replies (快捷回复): the replies, each agent's use of them, and a small key-value table
// for what the library remembers about itself (the default library was seeded; the settings).
import type { Migration } from '../migrate'

export const replies: Migration = {
  version: 20,
  name: 'replies',
  sql: `
      CREATE TABLE replies (
        id            TEXT PRIMARY KEY,
        -- NULL: shared with every profile on this PC; otherwise the owner of a personal reply.
        profile_id    TEXT REFERENCES profiles(id) ON DELETE CASCADE,
        title         TEXT NOT NULL,
        -- textPinyin(title), computed when saved so that search never runs pinyin-pro.
        title_pinyin  TEXT NOT NULL,
        body          TEXT NOT NULL,
        -- '' when none; unique among the replies one agent sees, ignoring case (checked by the service).
        shortcut      TEXT NOT NULL DEFAULT '',
        category      TEXT NOT NULL DEFAULT '',
        grp           TEXT NOT NULL DEFAULT '',
        created_by    TEXT REFERENCES profiles(id) ON DELETE SET NULL,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        -- Soft delete: restorable for a short while (undo), then purged.
        deleted_at    INTEGER
      ) STRICT;
      CREATE INDEX replies_visible ON replies (profile_id, deleted_at);
      CREATE INDEX replies_by_shortcut ON replies (lower(shortcut)) WHERE shortcut <> '';

      -- Copies per agent, reply and local day: totals, the last use and the last seven days.
      CREATE TABLE reply_uses (
        profile_id    TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        reply_id      TEXT NOT NULL REFERENCES replies(id) ON DELETE CASCADE,
        day           TEXT NOT NULL,
        uses          INTEGER NOT NULL,
        last_used_at  INTEGER NOT NULL,
        PRIMARY KEY (profile_id, reply_id, day)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE replies_meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `,
}
