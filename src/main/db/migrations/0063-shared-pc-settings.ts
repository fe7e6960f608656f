// Shared-PC sign-in: whether profiles lock, after how many idle minutes, and the lock hotkey.
// One row; the owner column came later (0080).
import type { Migration } from '../migrate'

export const sharedPcSettings: Migration = {
  version: 63,
  name: 'shared-pc-settings',
  sql: `
      CREATE TABLE shared_pc_settings (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        enabled            INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        idle_lock_minutes  INTEGER CHECK (idle_lock_minutes IS NULL OR idle_lock_minutes > 0),
        lock_hotkey        TEXT NOT NULL
      ) STRICT;
      INSERT INTO shared_pc_settings (id, enabled, idle_lock_minutes, lock_hotkey) VALUES (1, 0, 10, 'CommandOrControl+Alt+L');
    `,
}
