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
  const { rows } = await ctx.tx.query(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [op.id])
  const row = rows[0] as Row | undefined
  if (row && row.shop_id !== ctx.caller.shopId) throw forbidden(op, 'This row belongs to another shop.')
  return row ?? null
}

export async function insertRow(ctx: WriteContext, table: string, row: Row): Promise<void> {
  const columns = Object.keys(row)
  const placeholders = columns.map((_, i) => `$${i + 1}`)
  await ctx.tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`, columns.map((c) => row[c]))
}

export async function updateRow(ctx: WriteContext, table: string, id: string, changes: Row): Promise<void> {
  const columns = Object.keys(changes)
  if (columns.length === 0) return
  const sets = columns.map((c, i) => `${c} = $${i + 2}`)
  await ctx.tx.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = $1`, [id, ...columns.map((c) => changes[c])])
}

export const isLeadOrAdmin = (caller: Caller) => caller.role === 'lead' || caller.role === 'admin'
