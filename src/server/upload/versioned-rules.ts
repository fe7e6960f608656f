// Replies and decision trees: last write wins per record, and every write first copies the
// version it replaces into a history table (the lead restores from there). Deletes are
// tombstones, so a delete is a version too.
import type { UploadOp } from '../../shared/team/api'
import { newId } from '../ids'
import { noteOverwrite, takeBaseVersion } from './overwrite-notices'
import { type Row, type WriteContext, deviceColumns, forbidden, insertRow, isLeadOrAdmin, lockRow, updateRow } from './write-context'

const REPLY_COLUMNS = ['owner_id', 'scope', 'title', 'body', 'shortcut', 'category', 'grp', 'deleted_at'] as const
const TREE_COLUMNS = ['title', 'body', 'deleted_at'] as const

export type VersionedTable = { table: 'replies' | 'trees'; history: string; key: string; columns: readonly string[]; content: readonly string[] }

/** Where each versioned table keeps its history, and which columns are its content (what a restore brings back). */
export const versionedTables: Record<'replies' | 'trees', VersionedTable> = {
  replies: { table: 'replies', history: 'reply_history', key: 'reply_id', columns: REPLY_COLUMNS, content: ['title', 'body', 'shortcut', 'category', 'grp', 'deleted_at'] },
  trees: { table: 'trees', history: 'tree_history', key: 'tree_id', columns: TREE_COLUMNS, content: TREE_COLUMNS },
}

/** A retried upload (the API died before answering) carries values the row already has. */
function changesNothing(op: UploadOp, existing: Row, data: Row): boolean {
  if (op.op === 'DELETE') return existing.deleted_at !== null
  return Object.entries(data).every(([column, value]) => String(existing[column] ?? '') === String(value ?? ''))
}

async function keepHistory(ctx: WriteContext, historyTable: string, parentColumn: string, existing: Row, columns: readonly string[]): Promise<void> {
  const copy: Row = { id: newId(ctx.now), shop_id: existing.shop_id, [parentColumn]: existing.id, version: existing.version }
  for (const column of columns) if (column !== 'deleted_at') copy[column] = existing[column]
  copy.deleted_at = existing.deleted_at
  copy.written_at = existing.updated_at
  copy.written_by = existing.updated_by
  copy.created_at = ctx.now
  copy.created_by = ctx.caller.agentId
  await insertRow(ctx, historyTable, copy)
}

export async function applyReply(ctx: WriteContext, sent: UploadOp): Promise<void> {
  const { caller } = ctx
  const { op, base } = takeBaseVersion(sent)
  const data = deviceColumns(op, caller, REPLY_COLUMNS)
  const existing = await lockRow(ctx, 'replies', op)
  if (!existing) {
    if (op.op !== 'PUT') throw forbidden(op, 'There is no such reply to change.')
    const owner = data.owner_id ?? caller.agentId
    if (owner !== caller.agentId) throw forbidden(op, 'A new reply must be your own.')
    await insertRow(ctx, 'replies', {
      ...data,
      id: op.id,
      owner_id: owner,
      scope: data.scope ?? 'personal',
      ...firstVersion(ctx),
    })
    return
  }
  const isOwner = existing.owner_id === caller.agentId
  if (existing.scope === 'personal' && !isOwner) throw forbidden(op, "Another agent's personal reply cannot be changed.")
  if (existing.scope === 'shop' && !isOwner && !isLeadOrAdmin(caller)) throw forbidden(op, 'Only its author or a lead can change a shared reply.')
  if (data.owner_id !== undefined && data.owner_id !== existing.owner_id) throw forbidden(op, 'A reply cannot be given to another agent.')
  if (data.scope === 'personal' && existing.scope === 'shop' && !isOwner) throw forbidden(op, 'Only its author can make a shared reply personal again.')
  const version = await nextVersion(ctx, op, existing, data, versionedTables.replies)
  await noteOverwrite(ctx, existing, base, version)
}

export async function applyTree(ctx: WriteContext, op: UploadOp): Promise<void> {
  const { caller } = ctx
  const data = deviceColumns(op, caller, TREE_COLUMNS)
  const existing = await lockRow(ctx, 'trees', op)
  if (!existing) {
    if (op.op !== 'PUT') throw forbidden(op, 'There is no such tree to change.')
    await insertRow(ctx, 'trees', {
      ...data,
      id: op.id,
      ...firstVersion(ctx),
    })
    return
  }
  if (existing.created_by !== caller.agentId && !isLeadOrAdmin(caller)) throw forbidden(op, 'Only its author or a lead can change a decision tree.')
  await nextVersion(ctx, op, existing, data, versionedTables.trees)
}

/** The shop, version and author stamps of a record's first version. */
function firstVersion({ caller, now }: WriteContext) {
  return { shop_id: caller.shopId, version: 1, created_at: now, created_by: caller.agentId, updated_at: now, updated_by: caller.agentId }
}

/**
 * Last write wins: the version it replaces goes to the history first (a delete is a tombstone).
 * Returns the record's version afterwards (unchanged when the write changes nothing).
 */
export async function nextVersion(ctx: WriteContext, op: UploadOp, existing: Row, data: Row, where: VersionedTable): Promise<number> {
  if (changesNothing(op, existing, data)) return Number(existing.version)
  await keepHistory(ctx, where.history, where.key, existing, where.columns)
  const changes = op.op === 'DELETE' ? { deleted_at: ctx.now } : data
  const version = Number(existing.version) + 1
  await updateRow(ctx, where.table, op.id, { ...changes, version, updated_at: ctx.now, updated_by: ctx.caller.agentId })
  return version
}
