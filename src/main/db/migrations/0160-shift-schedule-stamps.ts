// The shop's shift schedule gains the stamps a synced row carries, and a tombstone: saving a
// schedule used to delete every shift and write the list again, which a sync would see as every
// shift removed and a new one made. Shifts stored before this step have no known times (0).
import type { Migration } from '../migrate'

export const shiftScheduleStamps: Migration = {
  version: 160,
  name: 'shift-schedule-stamps',
  sql: `
    ALTER TABLE shift_schedule ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE shift_schedule ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE shift_schedule ADD COLUMN updated_by TEXT REFERENCES profiles(id) ON DELETE SET NULL;
    ALTER TABLE shift_schedule ADD COLUMN deleted_at INTEGER;
  `,
}
