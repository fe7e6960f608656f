// The handover board as a state machine the API enforces: an item is handed over (awaiting),
// taken once by one agent (held), then closed (done), or handed on by its holder at the end of
// their shift (awaiting again). A second taker gets a 409 naming who holds
// it. Every transition appends an event; events are never changed or deleted.
import type { UploadOp } from '../../shared/team/api'
import { newId } from '../ids'
import { TeamError } from '../team-error'
import { type Row, type WriteContext, deviceColumns, forbidden, insertRow, isLeadOrAdmin, lockRow, updateRow } from './write-context'

const TEXT_COLUMNS = ['customer', 'order_no', 'situation', 'next_step', 'urgency', 'due_at', 'promised', 'resolution'] as const
const ITEM_COLUMNS = [...TEXT_COLUMNS, 'author_id', 'state', 'holder_id', 'taken_at', 'done_at', 'record_id'] as const
const RECORD_COLUMNS = ['author_id', 'shift_id', 'shift_date', 'notes', 'cash_cents', 'item_count', 'handed_over', 'submitted_at'] as const
const EVENT_COLUMNS = ['item_id', 'kind', 'actor_id', 'note', 'at'] as const

async function appendEvent(ctx: WriteContext, itemId: string, kind: string, note = ''): Promise<void> {
  await insertRow(ctx, 'handover_events', { id: newId(ctx.now), shop_id: ctx.caller.shopId, item_id: itemId, kind, actor_id: ctx.caller.agentId, note, at: ctx.now, created_at: ctx.now })
}

async function holderName(ctx: WriteContext, holderId: unknown): Promise<string> {
  const { rows } = await ctx.tx.query<{ display_name: string }>('SELECT display_name FROM roster WHERE id = $1', [holderId])
  return rows[0]?.display_name ?? ''
}

function textChanges(data: Row): Row {
  const changes: Row = {}
  for (const column of TEXT_COLUMNS) if (data[column] !== undefined) changes[column] = data[column]
  return changes
}

/** The columns of `changes` whose value differs from the stored row. */
function changedFrom(existing: Row, changes: Row): Row {
  return Object.fromEntries(Object.entries(changes).filter(([column, value]) => String(existing[column] ?? '') !== String(value ?? '')))
}

export async function applyHandoverItem(ctx: WriteContext, op: UploadOp): Promise<void> {
  const { caller } = ctx
  if (op.op === 'DELETE') throw forbidden(op, 'Handover items are never deleted; close them as done.')
  const data = deviceColumns(op, caller, ITEM_COLUMNS)
  const existing = await lockRow(ctx, 'handover_items', op)
  if (!existing) {
    if (op.op !== 'PUT') throw forbidden(op, 'There is no such handover item.')
    if ((data.author_id ?? caller.agentId) !== caller.agentId) throw forbidden(op, 'A handover item must be handed over by its author.')
    if ((data.state ?? 'awaiting') !== 'awaiting' || (data.holder_id ?? null) !== null) throw forbidden(op, 'A new handover item starts awaiting, held by nobody.')
    await insertRow(ctx, 'handover_items', {
      ...textChanges(data),
      id: op.id,
      shop_id: caller.shopId,
      author_id: caller.agentId,
      state: 'awaiting',
      record_id: data.record_id ?? null,
      created_at: ctx.now,
      created_by: caller.agentId,
      updated_at: ctx.now,
      updated_by: caller.agentId,
    })
    await appendEvent(ctx, op.id, 'handed-over')
    return
  }

  const target = (data.state as string | undefined) ?? (existing.state as string)
  const stamp = { updated_at: ctx.now, updated_by: caller.agentId }
  if (target === 'held' && existing.state !== 'done') {
    const taker = data.holder_id ?? caller.agentId
    if (taker !== caller.agentId) throw forbidden(op, 'You can only take an item for yourself.')
    if (existing.state === 'held' && existing.holder_id !== caller.agentId) {
      const name = await holderName(ctx, existing.holder_id)
      throw new TeamError('handover-taken', `${name || 'Another agent'} already took this item.`, { table: op.type, id: op.id, takenBy: { id: existing.holder_id, name } })
    }
    if (existing.state === 'awaiting') {
      await updateRow(ctx, 'handover_items', op.id, { ...textChanges(data), state: 'held', holder_id: caller.agentId, taken_at: ctx.now, ...stamp })
      await appendEvent(ctx, op.id, 'taken-over')
      return
    }
    // Held by the caller already: a retried take, or an edit by the holder.
    const changes = changedFrom(existing, textChanges(data))
    if (Object.keys(changes).length > 0) {
      await updateRow(ctx, 'handover_items', op.id, { ...changes, ...stamp })
      await appendEvent(ctx, op.id, 'edited')
    }
    return
  }
  if (target === 'done') {
    if (existing.state === 'done') {
      if (existing.holder_id === caller.agentId || existing.updated_by === caller.agentId) return
      throw forbidden(op, 'This item is already closed.')
    }
    const mayClose = existing.state === 'held' ? existing.holder_id === caller.agentId : existing.author_id === caller.agentId || isLeadOrAdmin(caller)
    if (!mayClose) throw forbidden(op, 'Only the agent holding this item can close it.')
    await updateRow(ctx, 'handover_items', op.id, { ...textChanges(data), state: 'done', done_at: ctx.now, ...stamp })
    await appendEvent(ctx, op.id, 'done', String(data.resolution ?? ''))
    return
  }
  if (target === 'awaiting' && existing.state === 'held') {
    // The holder's shift ends with the item still open: it goes to the next shift, to be taken again.
    if (existing.holder_id !== caller.agentId) throw forbidden(op, 'Only the agent holding this item can hand it on.')
    await updateRow(ctx, 'handover_items', op.id, { ...changedFrom(existing, textChanges(data)), state: 'awaiting', holder_id: null, taken_at: null, record_id: data.record_id ?? existing.record_id, ...stamp })
    await appendEvent(ctx, op.id, 'handed-over')
    return
  }
  if (target !== existing.state) throw forbidden(op, `A handover item cannot go from ${String(existing.state)} to ${target}.`)
  if (existing.state === 'done') throw forbidden(op, 'This item is already closed.')
  // A retried upload of what the item already says changes nothing, and adds no history.
  const changes = changedFrom(existing, textChanges(data))
  if (Object.keys(changes).length === 0) return
  const mayEdit = existing.state === 'awaiting' ? existing.author_id === caller.agentId : existing.holder_id === caller.agentId
  if (!mayEdit && !isLeadOrAdmin(caller)) throw forbidden(op, 'Only its author (or whoever holds it) can edit this item.')
  await updateRow(ctx, 'handover_items', op.id, { ...changes, ...stamp })
  await appendEvent(ctx, op.id, 'edited')
}

/** Devices may add notes; every other event is written by the API itself. */
export async function applyHandoverEvent(ctx: WriteContext, op: UploadOp): Promise<void> {
  const { caller } = ctx
  if (op.op !== 'PUT') throw forbidden(op, 'Handover history is append-only.')
  const data = deviceColumns(op, caller, EVENT_COLUMNS)
  const { rows } = await ctx.tx.query('SELECT * FROM handover_events WHERE id = $1', [op.id])
  const existing = rows[0] as Row | undefined
  if (existing) {
    // A retried upload of the same note is fine; anything else would rewrite history.
    if (existing.actor_id === caller.agentId && existing.note === (data.note ?? '') && existing.item_id === data.item_id) return
    throw forbidden(op, 'Handover history is append-only.')
  }
  if ((data.kind ?? 'note') !== 'note') throw forbidden(op, 'Devices may only add notes to the handover history.')
  if ((data.actor_id ?? caller.agentId) !== caller.agentId) throw forbidden(op, 'A note must be your own.')
  const item = await ctx.tx.query('SELECT 1 FROM handover_items WHERE id = $1 AND shop_id = $2', [data.item_id, caller.shopId])
  if (!item.rowCount) throw forbidden(op, 'There is no such handover item.')
  await insertRow(ctx, 'handover_events', {
    id: op.id,
    shop_id: caller.shopId,
    item_id: data.item_id,
    kind: 'note',
    actor_id: caller.agentId,
    note: data.note ?? '',
    at: data.at ?? ctx.now,
    created_at: ctx.now,
  })
}

/**
 * A shift's handover record, uploaded once when its author submits it: only the author writes it,
 * and a retried upload writes the same again. Its notes and cash count are the shop's to read.
 */
export async function applyHandoverRecord(ctx: WriteContext, op: UploadOp): Promise<void> {
  const { caller } = ctx
  if (op.op !== 'PUT') throw forbidden(op, 'A handover record is written once, when it is submitted.')
  const data = deviceColumns(op, caller, RECORD_COLUMNS)
  if ((data.author_id ?? caller.agentId) !== caller.agentId) throw forbidden(op, 'A handover record must be submitted by its author.')
  if (typeof data.submitted_at !== 'number') throw forbidden(op, 'A handover record reaches the team when it is submitted.')
  const content = {
    shift_id: data.shift_id ?? '',
    shift_date: data.shift_date ?? '',
    notes: data.notes ?? '',
    cash_cents: data.cash_cents ?? null,
    item_count: data.item_count ?? null,
    handed_over: data.handed_over ?? 0,
    submitted_at: data.submitted_at,
  }
  const existing = await lockRow(ctx, 'handover_records', op)
  if (existing) {
    if (existing.author_id !== caller.agentId) throw forbidden(op, "This handover record is another agent's.")
    await updateRow(ctx, 'handover_records', op.id, { ...content, updated_at: ctx.now, updated_by: caller.agentId })
    return
  }
  await insertRow(ctx, 'handover_records', {
    ...content,
    id: op.id,
    shop_id: caller.shopId,
    author_id: caller.agentId,
    created_at: ctx.now,
    created_by: caller.agentId,
    updated_at: ctx.now,
    updated_by: caller.agentId,
  })
}
