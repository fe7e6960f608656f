// Team sync of the shop's trees (issue 18): a tree keeps the team's version number beside this
// PC's own (local versions stay per PC, so logged runs keep pointing at what they walked), and
// a tombstone, as a tree removed elsewhere arrives; a downloaded version keeps its team author. `tree_downloads` is where a downloaded team
// tree is written: it holds no rows; the sync trigger on it (services/sync/tables/trees.ts)
// turns one team row into a new local version and moves the tree to it.
import type { Migration } from '../migrate'

export const treeSync: Migration = {
  version: 320,
  name: 'tree-sync',
  sql: `
    -- The version the team server gave this tree (NULL: never synced).
    ALTER TABLE trees ADD COLUMN team_version INTEGER;
    ALTER TABLE trees ADD COLUMN deleted_at INTEGER;
    -- A version that came from the team: its author's team agent id (saved_by is '' when that
    -- colleague has no profile on this PC, and the history says a teammate saved it).
    ALTER TABLE tree_versions ADD COLUMN saved_by_team TEXT;
    CREATE VIEW tree_downloads (id, title, body, team_version, created_at, updated_at, updated_by, deleted_at) AS
      SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;
  `,
}
