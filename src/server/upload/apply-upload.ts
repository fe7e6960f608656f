// The only write path into the team database: one device transaction, checked row by row and
// applied all together or not at all. A refused row (403) or a lost race for a handover item
// (409) rolls the whole transaction back, so the server data is exactly as before.
import type pg from 'pg'
import type { UploadOp } from '../../shared/team/api'
import type { TeamTable } from '../../shared/team/tables'
import type { Clock } from '../clock'
import { inTransaction } from '../db/transaction'
import { TeamError } from '../team-error'
import { applyHandoverEvent, applyHandoverItem, applyHandoverRecord } from './handover-rules'
import { refreshLeadSummaries } from './lead-summaries'
import { applyOverwriteNotice } from './overwrite-notices'
import { applyPresenceDay, applyRegisterEntry, applyTally, applyTallyUndo } from './notebook-rules'
import { applyScheduleShift } from './schedule-rules'
import { applyReply, applyTree } from './versioned-rules'
import { type Caller, type WriteContext, forbidden, prefetchRows } from './write-context'

type TableRule = (ctx: WriteContext, op: UploadOp) => Promise<void>

/** Tables devices may write. roster, the histories and lead_summaries are the server's own; a notice may only be dismissed. */
const rules: Partial<Record<TeamTable, TableRule>> = {
  replies: applyReply,
  reply_overwrites: applyOverwriteNotice,
  trees: applyTree,
  schedule_shifts: applyScheduleShift,
  handover_items: applyHandoverItem,
  handover_events: applyHandoverEvent,
  handover_records: applyHandoverRecord,
  register_entries: applyRegisterEntry,
  stat_tallies: applyTally,
  stat_tally_undos: applyTallyUndo,
  presence_days: applyPresenceDay,
}

/** Tables whose rules write no row of theirs but the op's own: their rows can be read for the whole upload at once. */
const PREFETCHED: ReadonlySet<string> = new Set(['replies', 'register_entries', 'stat_tallies', 'stat_tally_undos', 'presence_days'])

const PG_BAD_VALUE = new Set(['23502', '23503', '23514', '22P02', '22003', '22001', '42703'])

export class UploadApplier {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async apply(caller: Caller, ops: readonly UploadOp[]): Promise<number> {
    try {
      return await inTransaction(this.pool, async (tx) => {
        const ctx: WriteContext = { tx, caller, now: this.clock.now(), touched: new Set() }
        await prefetchRows(ctx, ops, PREFETCHED)
        for (const op of ops) {
          const rule = rules[op.type as TeamTable]
          if (!rule) throw forbidden(op, `Devices may not write ${op.type}.`)
          await rule(ctx, op)
        }
        await refreshLeadSummaries(tx, caller.shopId, ctx.touched, this.timeZone, ctx.now)
        return ops.length
      })
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (typeof code === 'string' && PG_BAD_VALUE.has(code)) {
        throw new TeamError('bad-request', `A row in this change is not valid: ${(error as Error).message}`)
      }
      throw error
    }
  }

}
