// Register entries named their author by display name; every other table names a profile by
// its id, and a sync needs ids (a name can change or repeat). An entry is written only by its
// owner, so both stamps become the owner's id.
import type { Migration } from '../migrate'

export const registerAuthorIds: Migration = {
  version: 120,
  name: 'register-author-ids',
  sql: `UPDATE register_entries SET created_by = profile_id, updated_by = profile_id;`,
}
