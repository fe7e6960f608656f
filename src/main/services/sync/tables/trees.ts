// The shop's decision trees ↔ the team's `trees` (shop-shared). The team keeps one row per tree:
// its title, its body (the tree file without its `version`, which is this PC's own number) and
// the team's version. This PC keeps every version it ever had, numbered locally, because logged
// runs point at the version they walked: a downloaded tree whose content differs from the
// current one becomes the next local version (saved by its team author, when that agent has a
// profile here); one that only echoes this PC's own upload moves nothing but the team version.
// A tree the team removed is tombstoned here (hidden; its versions stay for the runs).
import { arrivalTriggers } from './arrivals'
import { profileOfAgent, type SyncedTable } from './synced-table'

/** The tree file as the team keeps it: the stored JSON without this PC's version number. */
const teamBody = (json: string) => `json_remove(${json}, '$.version')`

// Not a single statement's work (a version row, then the tree pointing at it), so the put goes
// into the tree_downloads view (migration 0320), whose trigger below does both. A body that is
// not a tree for this id is left out: the server does not check tree files, this PC's library does.
const DOWNLOAD_TRIGGER = `CREATE TRIGGER sync_trees_download INSTEAD OF INSERT ON tree_downloads FOR EACH ROW
  WHEN json_valid(NEW.body) AND json_type(NEW.body, '$.nodes') = 'array' AND json_extract(NEW.body, '$.id') IS NEW.id BEGIN
  INSERT INTO tree_versions (tree_id, version, title, json, saved_at, saved_by, saved_by_id, saved_by_team)
    SELECT NEW.id, next.version, NEW.title, json_set(NEW.body, '$.version', next.version), NEW.updated_at,
      coalesce((SELECT CASE WHEN p.agent_id <> '' THEN p.display_name || '（' || p.agent_id || '）' ELSE p.display_name END FROM profiles p WHERE p.team_agent_id = NEW.updated_by), ''),
      ${profileOfAgent('NEW.updated_by')}, coalesce(NEW.updated_by, '')
    FROM (SELECT coalesce(max(version), 0) + 1 AS version FROM tree_versions WHERE tree_id = NEW.id) next
    WHERE NOT EXISTS (SELECT 1 FROM trees t JOIN tree_versions v ON v.tree_id = t.id AND v.version = t.version
      WHERE t.id = NEW.id AND ${teamBody('v.json')} = ${teamBody('NEW.body')});
  INSERT INTO trees (id, version, position, created_at, updated_at, updated_by, team_version, deleted_at)
    VALUES (NEW.id, (SELECT max(version) FROM tree_versions WHERE tree_id = NEW.id), (SELECT coalesce(max(position), -1) + 1 FROM trees),
      NEW.created_at, NEW.updated_at, ${profileOfAgent('NEW.updated_by')}, NEW.team_version, NEW.deleted_at)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
      team_version = excluded.team_version, deleted_at = excluded.deleted_at;
END`

/**
 * The whole tree as the team takes it: always a PUT, since a shipped default tree may not be on
 * the server yet. The body goes as text ('' || drops the JSON subtype that would nest it as an object).
 */
const upload = (row: string) => `INSERT INTO powersync_crud (op, id, type, data)
  SELECT 'PUT', ${row}.id, 'trees', json_object('title', v.title, 'body', '' || ${teamBody('v.json')}, 'deleted_at', ${row}.deleted_at)
  FROM tree_versions v WHERE v.tree_id = ${row}.id AND v.version = ${row}.version;`

export const treesTable: SyncedTable = {
  team: 'trees',
  appTable: 'trees',
  put: () => ({
    sql: `INSERT INTO tree_downloads (id, title, body, team_version, created_at, updated_at, updated_by, deleted_at)
      VALUES (?, coalesce(?, ''), ?, ?, coalesce(?, 0), coalesce(?, 0), ?, ?)`,
    params: ['Id', ...['title', 'body', 'version', 'created_at', 'updated_at', 'updated_by', 'deleted_at'].map((Column) => ({ Column }))],
  }),
  // A tree leaving the team's rows is removed here as it is on the server: by a tombstone.
  delete: () => ({ sql: 'UPDATE trees SET deleted_at = coalesce(deleted_at, updated_at) WHERE id = ?', params: ['Id'] }),
  // Every profile's saves are the shop's: a tree has no owner on this PC.
  triggers: () => [
    DOWNLOAD_TRIGGER,
    `CREATE TRIGGER sync_trees_insert AFTER INSERT ON trees FOR EACH ROW WHEN NOT powersync_in_sync_operation() BEGIN
      ${upload('NEW')}
    END`,
    `CREATE TRIGGER sync_trees_update AFTER UPDATE ON trees FOR EACH ROW
      WHEN NOT powersync_in_sync_operation() AND (OLD.version IS NOT NEW.version OR OLD.deleted_at IS NOT NEW.deleted_at) BEGIN
      ${upload('NEW')}
    END`,
    ...arrivalTriggers('trees'),
  ],
}
