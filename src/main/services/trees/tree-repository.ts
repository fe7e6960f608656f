// The decision trees' rows in SQLite: the current version of each tree (trees), every version
// ever saved (tree_versions) and the library's seed marker. Every query on them lives here, and
// every write of a tree goes through this repository's WriteSeam.
import type { TreeVersionInfo } from '../../../shared/ipc/trees'
import type { Db } from '../../db/connection'
import { WriteSeam } from '../../db/write-seam'

export type CurrentRow = { id: string; version: number; position: number; updated_at: number; title: string; json: string; saved_by: string }

/** Who saves and when: the profile id (null for the shipped defaults) and the name the history shows. */
export type SaveStamp = { by: string | null; name: string; at: number }

// A tree removed on another PC of the team (deleted_at) is not current; its versions stay for the runs that walked them.
const CURRENT = `SELECT t.id, t.version, t.position, t.updated_at, v.title, v.json, v.saved_by
  FROM trees t JOIN tree_versions v ON v.tree_id = t.id AND v.version = t.version WHERE t.deleted_at IS NULL`

export class TreeRepository {
  /** The write seam: observe it to hear of every committed change to the trees. */
  readonly seam: WriteSeam

  constructor(private readonly db: Db) {
    this.seam = new WriteSeam(db)
  }

  /** One transaction around several writes. */
  transaction<T>(work: () => T): T {
    return this.seam.write(() => work())
  }

  isSeeded(key: string): boolean {
    return this.db.prepare('SELECT 1 FROM trees_meta WHERE key = ?').get(key) !== undefined
  }

  /** The seed marker is this PC's own bookkeeping, outside the seam. */
  markSeeded(key: string, at: number): void {
    this.db.prepare('INSERT INTO trees_meta (key, value) VALUES (?, ?)').run(key, String(at))
  }

  current(): CurrentRow[] {
    return this.db.prepare(`${CURRENT} ORDER BY t.position, t.id`).all() as CurrentRow[]
  }

  currentRow(id: string): CurrentRow | undefined {
    return this.db.prepare(`${CURRENT} AND t.id = ?`).get(id) as CurrentRow | undefined
  }

  /** The highest version ever stored of tree `id`, removed or not (a new version must come after it). */
  latestVersion(id: string): number | undefined {
    return (this.db.prepare('SELECT max(version) FROM tree_versions WHERE tree_id = ?').pluck().get(id) as number | null) ?? undefined
  }

  /** The version tree `id` points at, removed or not: what the windows are told after a download. */
  pointedVersion(id: string): number | undefined {
    return this.db.prepare('SELECT version FROM trees WHERE id = ?').pluck().get(id) as number | undefined
  }

  versionJson(id: string, version: number): string | undefined {
    return this.db.prepare('SELECT json FROM tree_versions WHERE tree_id = ? AND version = ?').pluck().get(id, version) as string | undefined
  }

  versions(id: string): TreeVersionInfo[] {
    const rows = this.db
      .prepare('SELECT version, title, saved_at AS savedAt, saved_by AS savedBy, saved_by_team IS NOT NULL AS fromTeam FROM tree_versions WHERE tree_id = ? ORDER BY version DESC')
      .all(id) as (Omit<TreeVersionInfo, 'fromTeam'> & { fromTeam: 0 | 1 })[]
    return rows.map((row) => ({ ...row, fromTeam: row.fromTeam === 1 }))
  }

  /** Stores `json` as version `version` of tree `id` and makes it the current one (a new tree goes last in the list; a removed one comes back). */
  writeVersion(id: string, version: number, title: string, json: string, stamp: SaveStamp): void {
    this.seam.write((record) => {
      this.db
        .prepare('INSERT INTO tree_versions (tree_id, version, title, json, saved_at, saved_by, saved_by_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, version, title, json, stamp.at, stamp.name, stamp.by)
      // A version has no id of its own: it is named by its tree and number.
      record({ table: 'tree_versions', id: `${id}@${version}`, op: 'insert' })
      const moved = this.db.prepare('UPDATE trees SET version = ?, updated_at = ?, updated_by = ?, deleted_at = NULL WHERE id = ?').run(version, stamp.at, stamp.by, id)
      if (moved.changes === 0) {
        const next = this.db.prepare('SELECT coalesce(max(position), -1) + 1 FROM trees').pluck().get() as number
        this.db
          .prepare('INSERT INTO trees (id, version, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)')
          .run(id, version, next, stamp.at, stamp.at, stamp.by)
      }
      record({ table: 'trees', id, op: moved.changes === 0 ? 'insert' : 'update' })
    })
  }
}
