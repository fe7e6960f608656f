// One simulated agent PC: a PowerSync client database in its own data folder, connected with
// the desktop's own TeamConnector (src/main/services/sync/team-connector.ts): it signs in through
// the team API, refreshes its token, uploads queued changes and records refused ones.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { PowerSyncDatabase, Schema, Table, column } from '@powersync/node'
import type { SessionResponse } from '../../../src/shared/team/api'
import { teamClientColumns } from '../../../src/shared/team/client-columns'
import { TeamConnector, teamCall } from '../../../src/main/services/sync/team-connector'

export const teamClientSchema = new Schema(
  Object.fromEntries(
    Object.entries(teamClientColumns).map(([table, columns]) => [table, new Table(Object.fromEntries(Object.entries(columns).map(([name, type]) => [name, column[type]])))]),
  ),
)

export class TeamDevice {
  readonly db: PowerSyncDatabase
  readonly connector: TeamConnector
  readonly folder: string

  constructor(apiUrl: () => string, session: SessionResponse, label: string) {
    this.folder = mkdtempSync(join(tmpdir(), `team-device-${label}-`))
    this.connector = new TeamConnector(teamCall(apiUrl), session, { now: () => Date.now() })
    this.db = new PowerSyncDatabase({
      schema: teamClientSchema,
      database: {
        // The SDK keys its sync lock by file name, so devices in one process need distinct names.
        dbFilename: `team-${label}.db`,
        dbLocation: this.folder,
        // __dirname works both under vitest and under tsx (the benches), unlike import.meta.url.
        openWorker: (_path, options) => new Worker(join(__dirname, 'powersync-worker.mjs'), options),
        // One reader is plenty for a test device, and keeps 50 devices' threads down.
        readWorkerCount: 1,
      },
    })
  }

  get session(): SessionResponse {
    return this.connector.session
  }

  async connect(): Promise<void> {
    await this.db.connect(this.connector, { crudUploadThrottleMs: 0, retryDelayMs: 500 })
  }

  /** Offline: local writes queue up until the next connect(). */
  async disconnect(): Promise<void> {
    await this.db.disconnect()
  }

  /** Resolves when the query's rows satisfy `done`; rejects with the last rows after the timeout. */
  async waitFor<T = Record<string, unknown>>(sql: string, params: unknown[], done: (rows: T[]) => boolean, timeoutMs = 60_000): Promise<T[]> {
    const abort = new AbortController()
    const timer = setTimeout(() => abort.abort(), timeoutMs)
    let last: T[] = []
    try {
      for await (const result of this.db.watch(sql, params, { signal: abort.signal, triggerImmediate: true })) {
        last = (result.rows?._array ?? []) as T[]
        if (done(last)) return last
      }
    } finally {
      clearTimeout(timer)
    }
    throw new Error(`timed out waiting for ${sql} (last rows: ${JSON.stringify(last).slice(0, 500)})`)
  }

  /** Waits until every local change has been uploaded (accepted or refused). */
  async waitForUploads(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    // The upload queue has no change event of its own; look at it between short pauses.
    while ((await this.db.getUploadQueueStats()).count > 0) {
      if (Date.now() > deadline) throw new Error('local changes were not uploaded in time')
      await new Promise((done) => setTimeout(done, 100))
    }
  }

  /** Every byte this device keeps on disk (database, WAL, journal), for privacy scans. */
  bytesOnDisk(): Buffer {
    return Buffer.concat(readdirSync(this.folder).map((name) => readFileSync(join(this.folder, name))))
  }

  async close(): Promise<void> {
    await this.db.disconnect().catch(() => undefined)
    await this.db.close()
    if (!process.env.KEEP_TEAM_STACK) rmSync(this.folder, { recursive: true, force: true })
  }
}
