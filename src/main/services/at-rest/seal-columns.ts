// The first-seal pass for a notebook whose private text sits in plain columns of one table
// (at-rest/private-vault.ts, onFirstSeal): each of the profile's rows rewritten with those
// columns sealed. Sealed text is left as it is, and a row that needs nothing is not written.
import type { Db } from '../../db/connection'
import type { PrivateVault } from './private-vault'

/** `table` and `columns` are this code's own names, never input. */
export function sealColumnsOf(db: Db, vault: Pick<PrivateVault, 'seal'>, table: string, columns: readonly string[], profileId: string): void {
  const rows = db.prepare(`SELECT rowid AS row_key, ${columns.join(', ')} FROM ${table} WHERE profile_id = ?`).all(profileId) as Record<string, unknown>[]
  const store = db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE rowid = @row_key`)
  for (const row of rows) {
    const sealed: Record<string, unknown> = { row_key: row.row_key }
    let changed = false
    for (const column of columns) {
      const value = row[column]
      sealed[column] = typeof value === 'string' ? vault.seal(profileId, value) : value
      changed ||= sealed[column] !== value
    }
    if (changed) store.run(sealed)
  }
}
