// Drives a table mapping (services/sync/tables/) on the app's own database as the sync port
// sets it up: PowerSync's extension loaded, the mapping's triggers installed for one link, team
// rows applied with the mapping's own put statement, and the upload queue read back.
import type { Db } from '../../../../src/main/db/connection'
import { loadPowerSyncExtension } from '../../../../src/main/services/sync/powersync-extension'
import type { SyncedTable, SyncLink } from '../../../../src/main/services/sync/tables/synced-table'

export type Queued = { op: string; type: string; id: string; data?: Record<string, unknown> }

export type MappedTable = {
  /** Applies one team row (its columns by the team's names) as a download would. */
  download(row: Record<string, unknown> & { id: string }): void
  /** Everything queued for upload so far, oldest first. */
  queued(): Queued[]
}

export function mapTable(db: Db, table: SyncedTable, link: SyncLink): MappedTable {
  loadPowerSyncExtension(db)
  // The SDK creates the queue table when it first opens the file; here nothing else does.
  db.transaction(() => db.prepare('SELECT powersync_init()').get())()
  for (const sql of table.triggers(link)) db.exec(sql)
  return {
    download(row) {
      const { sql, params } = table.put(link)
      const values = params.map((param) => (param === 'Id' ? row.id : typeof param === 'object' ? (row[param.Column] ?? null) : null))
      // The SDK binds by position; better-sqlite3 takes no numbered parameters (?1), so they become named ones here.
      if (!/\?\d/.test(sql)) return void db.prepare(sql).run(...values)
      db.prepare(sql.replace(/\?(\d+)/g, '@p$1')).run(Object.fromEntries(values.map((value, i) => [`p${i + 1}`, value])))
    },
    queued: () => (db.prepare('SELECT data FROM ps_crud ORDER BY id').pluck().all() as string[]).map((json) => JSON.parse(json) as Queued),
  }
}
