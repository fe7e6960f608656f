// Overwrite notices: a device's reply edit may say which version it was based on
// (`base_version`, the version the PC last received). When the write replaces a version its
// uploader had not seen, and a colleague wrote that version, the colleague is told (in her own
// bucket). The notice always names the writer the server recorded for the replaced version, so
// a forged base_version can at most repeat a true fact to someone who did write the reply.
import type { UploadOp } from '../../shared/team/api'
import { newId } from '../ids'
import { TeamError } from '../team-error'
import { type Row, type WriteContext, deviceColumns, forbidden, insertRow, lockRow, updateRow } from './write-context'

const BASE_VERSION = 'base_version'

/** The op without its base_version (not a column of the reply), and that version if it was sent. */
export function takeBaseVersion(op: UploadOp): { op: UploadOp; base: number | null } {
  if (!op.data || !(BASE_VERSION in op.data)) return { op, base: null }
  const { [BASE_VERSION]: base, ...data } = op.data
  if (base === null || base === undefined) return { op: { ...op, data }, base: null }
  if (typeof base !== 'number' || !Number.isInteger(base) || base < 0) {
    throw new TeamError('bad-request', `base_version must be the whole version number the edit started from, not ${JSON.stringify(base)}.`, { table: op.type, id: op.id })
  }
  return { op: { ...op, data }, base }
}

/**
 * Called after a reply write replaced `existing` with `version`. A shop reply only: a personal
 * reply has one writer. A replaced tombstone is not noted (nothing of hers to put back).
 */
export async function noteOverwrite(ctx: WriteContext, existing: Row, base: number | null, version: number): Promise<void> {
  const replaced = Number(existing.version)
  if (base === null || base >= replaced || version === replaced) return
  if (existing.scope !== 'shop' || existing.deleted_at !== null || existing.updated_by === ctx.caller.agentId) return
  await insertRow(ctx, 'reply_overwrites', {
    id: newId(ctx.now),
    shop_id: existing.shop_id,
    agent_id: existing.updated_by,
    reply_id: existing.id,
    lost_version: replaced,
    lost_title: existing.title,
    lost_body: existing.body,
    written_at: existing.updated_at,
    version,
    overwritten_at: ctx.now,
    overwritten_by: ctx.caller.agentId,
    overwriter_name: ctx.caller.displayName,
    dismissed_at: null,
  })
}

/** The server writes notices; their agent may only dismiss hers (the time is the server's). */
export async function applyOverwriteNotice(ctx: WriteContext, op: UploadOp): Promise<void> {
  const data = deviceColumns(op, ctx.caller, ['dismissed_at'])
  const existing = await lockRow(ctx, 'reply_overwrites', op)
  if (!existing || existing.agent_id !== ctx.caller.agentId) throw forbidden(op, 'Only the agent a notice is for can dismiss it.')
  if (op.op !== 'PATCH' || data.dismissed_at === null || data.dismissed_at === undefined) throw forbidden(op, 'A notice can only be dismissed.')
  if (existing.dismissed_at === null) await updateRow(ctx, 'reply_overwrites', op.id, { dismissed_at: ctx.now })
}
