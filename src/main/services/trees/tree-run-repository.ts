// The run log's rows in SQLite (tree_runs: one agent's walk through one tree version). Every
// query on them lives here, and every write goes through this repository's WriteSeam. Each write
// stamps `updated_at` with the app's time and `updated_by` with the run's profile (a run is its
// agent's own: only that agent, or the app abandoning a run left open, changes it). Nothing
// deletes a run; a tombstoned one (`deleted_at`, as a later sync may bring) is not read.
// The action log carries what the agent typed (a follow-up's note), so it is sealed for a
// profile with a personal passphrase; the path (option numbers) stays readable: every agent's
// runs are counted for the branch figures.
import type { RunActionLog, RunStatus } from '../../../shared/ipc/trees'
import type { Db } from '../../db/connection'
import { WriteSeam, type RecordChange } from '../../db/write-seam'
import type { PrivateVault } from '../at-rest/private-vault'

export type RunRow = {
  id: string
  profile_id: string
  tree_id: string
  tree_version: number
  choices: string
  outcome_node_id: string | null
  status: 'open' | RunStatus
  actions: string
  started_at: number
  ended_at: number | null
  duration_ms: number | null
  created_at: number
  updated_at: number
  updated_by: string | null
  deleted_at: number | null
}

export type RunEnd = { choices: readonly number[]; outcomeNodeId: string | null; status: RunStatus; at: number; durationMs: number }

export class TreeRunRepository {
  /** The write seam: observe it to hear of every committed change to the runs. */
  readonly seam: WriteSeam

  constructor(
    private readonly db: Db,
    private readonly vault: Pick<PrivateVault, 'seal' | 'reveal'>,
  ) {
    this.seam = new WriteSeam(db)
  }

  row(id: string): RunRow | undefined {
    const row = this.db.prepare('SELECT * FROM tree_runs WHERE id = ? AND deleted_at IS NULL').get(id) as RunRow | undefined
    return row && this.revealed(row)
  }

  private revealed(row: RunRow): RunRow {
    return { ...row, actions: this.vault.reveal(row.profile_id, row.actions) }
  }

  /** Runs left open when the app last closed: their end is unknown, so they count as abandoned with no end time. */
  abandonLeftOpen(at: number): void {
    this.seam.write((record) => {
      const ids = this.db.prepare("SELECT id FROM tree_runs WHERE status = 'open' AND deleted_at IS NULL").pluck().all() as string[]
      if (ids.length === 0) return
      this.db.prepare("UPDATE tree_runs SET status = 'abandoned', updated_at = ?, updated_by = profile_id WHERE status = 'open' AND deleted_at IS NULL").run(at)
      for (const id of ids) record({ table: 'tree_runs', id, op: 'update' })
    })
  }

  /** Opens a run; any run of the same agent still open was left behind (a crash, a reload) and is abandoned at `at`. */
  start(run: { id: string; profileId: string; treeId: string; version: number; at: number }): void {
    this.seam.write((record) => {
      this.abandonOpenOf(run.profileId, run.at, record)
      this.db
        .prepare('INSERT INTO tree_runs (id, profile_id, tree_id, tree_version, started_at, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(run.id, run.profileId, run.treeId, run.version, run.at, run.at, run.at, run.profileId)
      record({ table: 'tree_runs', id: run.id, op: 'insert' })
    })
  }

  close(id: string, end: RunEnd): void {
    this.seam.write((record) => {
      this.db
        .prepare('UPDATE tree_runs SET choices = ?, outcome_node_id = ?, status = ?, ended_at = ?, duration_ms = ?, updated_at = ?, updated_by = profile_id WHERE id = ?')
        .run(JSON.stringify(end.choices), end.outcomeNodeId, end.status, end.at, end.durationMs, end.at, id)
      record({ table: 'tree_runs', id, op: 'update' })
    })
  }

  /** Stores the action log and the path so far: a run the app never got to close still shows where it went. */
  logActions(run: { id: string; profileId: string }, actions: readonly RunActionLog[], choices: readonly number[], at: number): void {
    const { id } = run
    this.seam.write((record) => {
      this.db
        .prepare('UPDATE tree_runs SET actions = ?, choices = ?, updated_at = ?, updated_by = profile_id WHERE id = ?')
        .run(this.vault.seal(run.profileId, JSON.stringify(actions)), JSON.stringify(choices), at, id)
      record({ table: 'tree_runs', id, op: 'update' })
    })
  }

  /** The choices of every closed run of one tree version (every agent's: counts only leave this room). */
  closedChoices(treeId: string, version: number): string[] {
    return this.db.prepare("SELECT choices FROM tree_runs WHERE tree_id = ? AND tree_version = ? AND status <> 'open' AND deleted_at IS NULL").pluck().all(treeId, version) as string[]
  }

  recent(profileId: string, limit: number): RunRow[] {
    const rows = this.db.prepare('SELECT * FROM tree_runs WHERE profile_id = ? AND deleted_at IS NULL ORDER BY started_at DESC, rowid DESC LIMIT ?').all(profileId, limit) as RunRow[]
    return rows.map((row) => this.revealed(row))
  }

  /** Start time and status of one agent's closed runs started in [from, to), oldest first. */
  closedBetween(profileId: string, from: number, to: number): { started_at: number; status: RunStatus }[] {
    return this.db
      .prepare("SELECT started_at, status FROM tree_runs WHERE profile_id = ? AND status <> 'open' AND deleted_at IS NULL AND started_at >= ? AND started_at < ? ORDER BY started_at")
      .all(profileId, from, to) as { started_at: number; status: RunStatus }[]
  }

  private abandonOpenOf(profileId: string, at: number, record: RecordChange): void {
    const ids = this.db.prepare("SELECT id FROM tree_runs WHERE profile_id = ? AND status = 'open' AND deleted_at IS NULL").pluck().all(profileId) as string[]
    for (const id of ids) {
      this.db.prepare("UPDATE tree_runs SET status = 'abandoned', ended_at = ?, updated_at = ?, updated_by = profile_id WHERE id = ?").run(at, at, id)
      record({ table: 'tree_runs', id, op: 'update' })
    }
  }
}
