// The PC's owner: the one profile that may change what holds for everyone at this PC (the shared-PC
// lock, presence limits and hooks, backup retention and restores). NULL (a new PC, or the owner's
// profile deleted) means the oldest profile holds the role (lock-settings.ts); it can be handed on.
import type { Migration } from '../migrate'

export const pcOwner: Migration = {
  version: 80,
  name: 'pc-owner',
  sql: `
      ALTER TABLE shared_pc_settings ADD COLUMN owner_id TEXT REFERENCES profiles(id) ON DELETE SET NULL;
    `,
}
