// Replies gain `updated_by`, the profile that last changed them, as every row that may leave the
// PC has. A reply stored before this step is stamped with its author, the best we know.
import type { Migration } from '../migrate'

export const replyUpdatedBy: Migration = {
  version: 170,
  name: 'reply-updated-by',
  sql: `
    ALTER TABLE replies ADD COLUMN updated_by TEXT REFERENCES profiles(id) ON DELETE SET NULL;
    UPDATE replies SET updated_by = created_by;
  `,
}
