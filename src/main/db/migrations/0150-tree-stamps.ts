// Trees gain the stamps a synced row carries: when the tree was first stored, and the profile id
// of who saved its current version (tree_versions.saved_by stays the name as the history shows
// it; saved_by_id is that author's profile id). Older versions get the id of the profile whose
// name they show, when one still has it; a shipped default tree has none.
import type { Migration } from '../migrate'

export const treeStamps: Migration = {
  version: 150,
  name: 'tree-stamps',
  sql: `
    ALTER TABLE trees ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE trees ADD COLUMN updated_by TEXT REFERENCES profiles(id) ON DELETE SET NULL;
    ALTER TABLE tree_versions ADD COLUMN saved_by_id TEXT REFERENCES profiles(id) ON DELETE SET NULL;
    UPDATE trees SET created_at = (SELECT min(v.saved_at) FROM tree_versions v WHERE v.tree_id = trees.id);
    UPDATE tree_versions SET saved_by_id = (
      SELECT p.id FROM profiles p
      WHERE CASE WHEN p.agent_id <> '' THEN p.display_name || '（' || p.agent_id || '）' ELSE p.display_name END = tree_versions.saved_by
      ORDER BY p.created_at LIMIT 1)
    WHERE saved_by <> '';
    UPDATE trees SET updated_by = (SELECT v.saved_by_id FROM tree_versions v WHERE v.tree_id = trees.id AND v.version = trees.version);
  `,
}
