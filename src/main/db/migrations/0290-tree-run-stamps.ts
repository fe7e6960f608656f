// Tree runs gain the stamps a synced row carries, and a tombstone. A run is its agent's own and
// only that agent's actions (or the app, abandoning a run left open) change it, so `updated_by`
// is the run's profile. Runs stored before this step: created when they started, updated when
// they ended (or started, if they never did).
import type { Migration } from '../migrate'

export const treeRunStamps: Migration = {
  version: 290,
  name: 'tree-run-stamps',
  sql: `
    ALTER TABLE tree_runs ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tree_runs ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tree_runs ADD COLUMN updated_by TEXT REFERENCES profiles(id) ON DELETE SET NULL;
    ALTER TABLE tree_runs ADD COLUMN deleted_at INTEGER;
    UPDATE tree_runs SET created_at = started_at, updated_at = coalesce(ended_at, started_at), updated_by = profile_id;
  `,
}
