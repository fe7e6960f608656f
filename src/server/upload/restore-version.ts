// A lead or admin brings back an earlier version of a shared reply or a decision tree from its
// history. The restore is an ordinary last-write-wins step under the same row lock as an upload:
// the current version goes to the history first and the restored text becomes a new version, so
// nothing is lost and a device edit racing the restore is ordered, not overwritten in place.
import type pg from 'pg'
import type { RestoreVersionRequest, UploadOp } from '../../shared/team/api'
import { logAdminAction } from '../accounts/admin-log'
import type { Clock } from '../clock'
import { inTransaction } from '../db/transaction'
import { TeamError } from '../team-error'
import { versionedTables, nextVersion } from './versioned-rules'
import { type Caller, type Row, type WriteContext, forbidden, isLeadOrAdmin, lockRow } from './write-context'

const NOUN = { replies: 'reply', trees: 'decision tree' } as const

export class VersionRestorer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  /** Returns the record's version afterwards (the current one when it already reads as restored). */
  async restore(caller: Caller, request: RestoreVersionRequest): Promise<{ version: number }> {
    if (!isLeadOrAdmin(caller)) throw new TeamError('forbidden', 'Only a lead or an admin can restore an earlier version. Ask your lead.')
    const where = versionedTables[request.table]
    const noun = NOUN[request.table]
    return inTransaction(this.pool, async (tx) => {
      const ctx: WriteContext = { tx, caller, now: this.clock.now(), touched: new Set() }
      const op: UploadOp = { op: 'PATCH', type: request.table, id: request.id }
      const current = await lockRow(ctx, request.table, op)
      if (!current) throw new TeamError('not-found', `There is no such ${noun} in this shop.`)
      // A lead never sees personal text (the sync rules keep it off their device), so may not restore it.
      if (current.scope === 'personal') throw forbidden(op, "A personal reply's history belongs to its author.")
      const { rows } = await tx.query<Row>(`SELECT * FROM ${where.history} WHERE ${where.key} = $1 AND version = $2`, [request.id, request.version])
      const old = rows[0]
      if (!old) throw new TeamError('not-found', `Version ${request.version} of this ${noun} is not in its history. Pick a version from the history list.`)
      if (old.scope === 'personal') throw forbidden(op, 'That version was personal to its author, so it cannot be restored into the shop.')
      const data = Object.fromEntries(where.content.map((column) => [column, old[column] ?? null]))
      const version = await nextVersion(ctx, { ...op, data }, current, data, where)
      await logAdminAction(tx, {
        shopId: caller.shopId,
        actorId: caller.agentId,
        action: 'restore-version',
        targetId: request.id,
        detail: { table: request.table, restored: request.version, replaced: Number(current.version), version },
        at: ctx.now,
      })
      return { version }
    })
  }
}
