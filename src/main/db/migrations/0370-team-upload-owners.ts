// Team sync on a shared PC (issue 18): PowerSync keeps one upload queue per database file, and
// the day agent's changes may still be queued when the night agent signs in. Each change must
// reach the team as the agent who made it, never under the next sign-in. The queue's ids only
// grow (ps_crud is AUTOINCREMENT), so this records, at each start of sync, from which queue id
// on the changes are whose: a change belongs to the row with the largest `after_crud_id` below
// its id. PC-local, never synced.
import type { Migration } from '../migrate'

export const teamUploadOwners: Migration = {
  version: 370,
  name: 'team-upload-owners',
  sql: `
    CREATE TABLE team_upload_owners (
      after_crud_id INTEGER PRIMARY KEY,
      agent_id      TEXT NOT NULL,
      profile_id    TEXT NOT NULL
    ) STRICT;
  `,
}
