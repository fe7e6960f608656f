// Team sync (issue 18): a local profile is linked to the team agent it signs in as, so a synced
// row's owner and author map to a profile on this PC; a reply keeps the team's version number.
import type { Migration } from '../migrate'

export const teamLink: Migration = {
  version: 220,
  name: 'team-link',
  sql: `
    -- NULL: this profile has never signed in to a team on this PC.
    ALTER TABLE profiles ADD COLUMN team_agent_id TEXT;
    CREATE UNIQUE INDEX profiles_by_team_agent ON profiles (team_agent_id) WHERE team_agent_id IS NOT NULL;
    -- The version the team server gave this reply (NULL: never synced).
    ALTER TABLE replies ADD COLUMN team_version INTEGER;
  `,
}
