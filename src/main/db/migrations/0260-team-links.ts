// Which team each profile on this PC has joined, and the sign-in that lets it sync again after a
// restart. PC-local: it never syncs. The refresh token lives here, inside the database (encrypted
// at rest where the PC has a keystore, docs/security.md), never in the preferences file.
import type { Migration } from '../migrate'

export const teamLinks: Migration = {
  version: 260,
  name: 'team-links',
  sql: `
    CREATE TABLE team_links (
      profile_id    TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
      server_url    TEXT NOT NULL,
      login         TEXT NOT NULL,
      session_json  TEXT NOT NULL,
      cafe          INTEGER NOT NULL DEFAULT 0 CHECK (cafe IN (0, 1)),
      joined_at     INTEGER NOT NULL
    ) STRICT;
  `,
}
