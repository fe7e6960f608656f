// Handover records and items gain `updated_by`, the profile that last changed them, as every row
// that may leave the PC has. Older rows get the best we know: a record's author; an item's
// latest actor in its history, or its author.
import type { Migration } from '../migrate'

export const handoverUpdatedBy: Migration = {
  version: 140,
  name: 'handover-updated-by',
  sql: `
    ALTER TABLE handover_records ADD COLUMN updated_by TEXT REFERENCES profiles(id);
    ALTER TABLE handover_items ADD COLUMN updated_by TEXT REFERENCES profiles(id);
    UPDATE handover_records SET updated_by = author_id;
    UPDATE handover_items SET updated_by = coalesce(
      (SELECT e.actor_id FROM handover_events e WHERE e.item_id = handover_items.id ORDER BY e.at DESC, e.rowid DESC LIMIT 1),
      author_id);
  `,
}
