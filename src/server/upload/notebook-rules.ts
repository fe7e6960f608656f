// The agent's own notebooks: register entries (owner only; the owner chooses to show one to
// the lead), and the append-only tallies, their undos and presence day summaries.
import type { UploadOp } from '../../shared/team/api'
import { type Row, type WriteContext, deviceColumns, forbidden, insertRow, lockRow, updateRow } from './write-context'

const REGISTER_COLUMNS = ['owner_id', 'kind', 'text', 'answer', 'tags', 'status', 'resolution', 'visibility', 'work_day', 'due_at', 'check_state', 'deleted_at'] as const
const TALLY_COLUMNS = ['agent_id', 'at', 'outcome', 'converted', 'shift_date'] as const
const TALLY_UNDO_COLUMNS = ['agent_id', 'tally_id', 'at'] as const
const PRESENCE_COLUMNS = ['agent_id', 'day', 'online_ms', 'paused_ms', 'away_ms', 'first_at', 'last_at'] as const

export async function applyRegisterEntry(ctx: WriteContext, op: UploadOp): Promise<void> {
  const { caller } = ctx
  const data = deviceColumns(op, caller, REGISTER_COLUMNS)
  const existing = await lockRow(ctx, 'register_entries', op)
  if (!existing) {
    if (op.op !== 'PUT') throw forbidden(op, 'There is no such entry to change.')
    if ((data.owner_id ?? caller.agentId) !== caller.agentId) throw forbidden(op, "You cannot write into another agent's notebook.")
    await insertRow(ctx, 'register_entries', {
      ...data,
      id: op.id,
      owner_id: caller.agentId,
      shop_id: caller.shopId,
      created_at: ctx.now,
      created_by: caller.agentId,
      updated_at: ctx.now,
      updated_by: caller.agentId,
    })
    ctx.touched.add(caller.agentId)
    return
  }
  if (existing.owner_id !== caller.agentId) throw forbidden(op, "You cannot write into another agent's notebook.")
  if (data.owner_id !== undefined && data.owner_id !== caller.agentId) throw forbidden(op, 'An entry cannot be given to another agent.')
  const changes = op.op === 'DELETE' ? { deleted_at: ctx.now } : data
  await updateRow(ctx, 'register_entries', op.id, { ...changes, updated_at: ctx.now, updated_by: caller.agentId })
  ctx.touched.add(caller.agentId)
}

/** Insert-only: a retry of the same row is accepted, any change is refused. */
async function appendOnly(ctx: WriteContext, op: UploadOp, table: string, columns: readonly string[]): Promise<void> {
  const { caller } = ctx
  if (op.op !== 'PUT') throw forbidden(op, `${table} is append-only.`)
  const data = deviceColumns(op, caller, columns)
  if ((data.agent_id ?? caller.agentId) !== caller.agentId) throw forbidden(op, 'You can only record your own figures.')
  const existing = await lockRow(ctx, table, op)
  const row: Row = { ...data, id: op.id, agent_id: caller.agentId, shop_id: caller.shopId, created_at: ctx.now }
  if (existing) {
    const same = existing.agent_id === caller.agentId && columns.every((c) => data[c] === undefined || String(existing[c]) === String(data[c]))
    if (same) return
    throw forbidden(op, `${table} is append-only: a recorded row cannot change.`)
  }
  await insertRow(ctx, table, row)
  ctx.touched.add(caller.agentId)
}

export const applyTally = (ctx: WriteContext, op: UploadOp) => appendOnly(ctx, op, 'stat_tallies', TALLY_COLUMNS)
/** An undo is a row of its own: the tally it names stays as recorded, and every count leaves it out. */
export const applyTallyUndo = (ctx: WriteContext, op: UploadOp) => appendOnly(ctx, op, 'stat_tally_undos', TALLY_UNDO_COLUMNS)
export const applyPresenceDay = (ctx: WriteContext, op: UploadOp) => appendOnly(ctx, op, 'presence_days', PRESENCE_COLUMNS)
