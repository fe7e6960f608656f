// 网吧模式 (café mode): the random key that encrypts an agent's café copy on a public PC. The server
// holds it so the PC never keeps it: the device asks for it after each sign-in and holds it in
// memory only (docs/desktop-sync.md "Café mode"). Never synced, never in a bucket.
import type { TeamMigration } from '../migrate'

export const cafeKeys: TeamMigration = {
  version: 40,
  name: 'cafe-keys',
  sql: `
    CREATE TABLE cafe_keys (
      account_id  TEXT PRIMARY KEY REFERENCES accounts(id),
      shop_id     TEXT NOT NULL REFERENCES shops(id),
      key_hex     TEXT NOT NULL CHECK (key_hex ~ '^[0-9a-f]{64}$'),
      created_at  BIGINT NOT NULL
    );
  `,
}
