// What every table rule gets: the caller (from the verified token), the transaction, the time,
// and helpers to read the row being written and to check the columns a device sent.
import type pg from 'pg'
import type { TeamRole, UploadOp } from '../../shared/team/api'
import { TeamError } from '../team-error'

export type Caller = { agentId: string; shopId: string; role: TeamRole; displayName: string }
export type Row = Record<string, unknown>

export type WriteContext = {
  tx: pg.PoolClient
  caller: Caller
  now: number
  /** Agents whose lead summary must be recomputed, with the days touched. */
  touched: Set<string>
  /** Rows read and locked for the whole upload in one query (prefetchRows), each handed out once by lockRow. */
  prefetched?: Map<string, Row | null>
}

/** Columns the server keeps itself; a device may echo them back, but they never change a row. */
const SERVER_COLUMNS = new Set(['id', 'shop_id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'version'])

export function forbidden(op: UploadOp, message: string): TeamError {
  return new TeamError('forbidden', message, { table: op.type, id: op.id, op: op.op })
}

/** The device's columns for this op, refusing any column the table does not let devices set. */
export function deviceColumns(op: UploadOp, caller: Caller, writable: readonly string[]): Row {
  const data = op.data ?? {}
  const out: Row = {}
  for (const [column, value] of Object.entries(data)) {
    if (column === 'shop_id' && value !== undefined && value !== null && value !== caller.shopId) {
      throw forbidden(op, 'This row belongs to another shop.')
    }
    if (SERVER_COLUMNS.has(column)) continue
    if (!writable.includes(column)) throw forbidden(op, `Devices may not write the column ${column} of ${op.type}.`)
    out[column] = value
  }
  return out
}

/** The row being written, locked until the transaction ends; another shop's row is refused. */
export async function lockRow(ctx: WriteContext, table: string, op: UploadOp): Promise<Row | null> {
  const key = rowKey(table, op.id)
  const row = ctx.prefetched?.has(key) ? ctx.prefetched.get(key) : ((await ctx.tx.query(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [op.id])).rows[0] as Row | undefined)
  // Handed out once: a second op on the same row in this upload reads what the first one wrote.
  ctx.prefetched?.delete(key)
  if (row && row.shop_id !== ctx.caller.shopId) throw forbidden(op, 'This row belongs to another shop.')
  return row ?? null
}

/**
 * Reads and locks, in one query per table, the rows an upload's ops will ask lockRow for: one
 * round trip for a batch of 100 instead of one per row. Locked in id order, so two uploads that
 * share rows take their locks in the same order. Only for tables whose rules write no row of that
 * table but the op's own (the caller passes them).
 */
export async function prefetchRows(ctx: WriteContext, ops: readonly UploadOp[], tables: ReadonlySet<string>): Promise<void> {
  const byTable = new Map<string, string[]>()
  for (const op of ops) if (tables.has(op.type)) byTable.set(op.type, [...(byTable.get(op.type) ?? []), op.id])
  const prefetched = new Map<string, Row | null>()
  for (const [table, ids] of byTable) {
    if (ids.length < 2) continue
    const { rows } = await ctx.tx.query(`SELECT * FROM ${table} WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, [ids])
    for (const id of ids) prefetched.set(rowKey(table, id), null)
    for (const row of rows as Row[]) prefetched.set(rowKey(table, String(row.id)), row)
  }
  ctx.prefetched = prefetched
}

const rowKey = (table: string, id: string) => `${table}\u0000${id}`

export async function insertRow(ctx: WriteContext, table: string, row: Row): Promise<void> {
  ctx.prefetched?.delete(rowKey(table, String(row.id)))
  const columns = Object.keys(row)
  const placeholders = columns.map((_, i) => `$${i + 1}`)
  await ctx.tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`, columns.map((c) => row[c]))
}

export async function updateRow(ctx: WriteContext, table: string, id: string, changes: Row): Promise<void> {
  ctx.prefetched?.delete(rowKey(table, id))
  const columns = Object.keys(changes)
  if (columns.length === 0) return
  const sets = columns.map((c, i) => `${c} = $${i + 2}`)
  await ctx.tx.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = $1`, [id, ...columns.map((c) => changes[c])])
}

export const isLeadOrAdmin = (caller: Caller) => caller.role === 'lead' || caller.role === 'admin'
