// Team sync (issue 18): what a PC already had when its agent joined is brought into the team
// once, after a preview (services/sync/bring-in.ts). This remembers, per profile and team agent,
// that the agent decided, so the offer is not made again; PC-local, never synced.
import type { Migration } from '../migrate'

export const teamBringIns: Migration = {
  version: 301,
  name: 'team-bring-ins',
  sql: `
    CREATE TABLE team_bring_ins (
      profile_id    TEXT NOT NULL REFERENCES profiles(id),
      agent_id      TEXT NOT NULL,
      decided_at    INTEGER NOT NULL,
      shared_added  INTEGER NOT NULL,
      shared_folded INTEGER NOT NULL,
      personal      INTEGER NOT NULL,
      register      INTEGER NOT NULL,
      PRIMARY KEY (profile_id, agent_id)
    ) STRICT;
  `,
}
