// First schema: agent profiles. Shipped migrations are never edited; add a new file instead.
import type { Migration } from '../migrate'

export const initial: Migration = {
  version: 10,
  name: 'initial',
  sql: `
      CREATE TABLE profiles (
        id            TEXT PRIMARY KEY,
        display_name  TEXT NOT NULL,
        agent_id      TEXT NOT NULL DEFAULT '',
        chat_accounts TEXT NOT NULL DEFAULT '[]',
        language      TEXT NOT NULL DEFAULT 'zh-CN',
        pin_hash      TEXT,
        pin_salt      TEXT,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      ) STRICT;
    `,
}
