// The shop's shift schedule: everyone reads it, only a lead or an admin writes it.
import type { UploadOp } from '../../shared/team/api'
import { type WriteContext, deviceColumns, forbidden, insertRow, isLeadOrAdmin, lockRow, updateRow } from './write-context'

const SHIFT_COLUMNS = ['name', 'start_time', 'end_time', 'position', 'deleted_at'] as const

export async function applyScheduleShift(ctx: WriteContext, op: UploadOp): Promise<void> {
  const { caller } = ctx
  if (!isLeadOrAdmin(caller)) throw forbidden(op, 'Only a lead or an admin can change the shift schedule.')
  const data = deviceColumns(op, caller, SHIFT_COLUMNS)
  const existing = await lockRow(ctx, 'schedule_shifts', op)
  const stamp = { updated_at: ctx.now, updated_by: caller.agentId }
  if (!existing) {
    if (op.op !== 'PUT') throw forbidden(op, 'There is no such shift.')
    await insertRow(ctx, 'schedule_shifts', { ...data, id: op.id, shop_id: caller.shopId, created_at: ctx.now, created_by: caller.agentId, ...stamp })
    return
  }
  await updateRow(ctx, 'schedule_shifts', op.id, op.op === 'DELETE' ? { deleted_at: ctx.now, ...stamp } : { ...data, ...stamp })
}
