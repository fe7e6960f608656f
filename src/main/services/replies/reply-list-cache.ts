// The signed-in agent's reply library as replies:list last read it. Reading and mapping 10,000
// replies keeps main busy for tens of milliseconds (hundreds on a loaded PC), and the renderer
// asks for the whole list at every start, sign-in and change; between changes the answer is the
// same, so it is read once and kept until something it shows may have changed.
import type { Reply } from '../../../shared/ipc/replies'
import { freezeDeep } from '../../ipc/checked-answers'

/**
 * What the kept list depends on: whose list it is, the first day of "this week" (weekUses),
 * SQLite's total_changes() (every row this connection wrote, whichever service wrote it: team
 * sync's bring-in folds replies without the replies' seam) and data_version, which moves when
 * another connection (team sync's worker) commits to the file.
 */
export type ReplyListKey = { profileId: string; weekStart: string; changes: number; dataVersion: number }

export function sameListKey(a: ReplyListKey, b: ReplyListKey): boolean {
  return a.profileId === b.profileId && a.weekStart === b.weekStart && a.changes === b.changes && a.dataVersion === b.dataVersion
}

export class ReplyListCache {
  private kept: { key: ReplyListKey; replies: Reply[] } | null = null
  private changes = 0

  /** Counts every drop: a read spread over several turns of the event loop compares it before and after. */
  get generation(): number {
    return this.changes
  }

  /** The kept list when `key` matches it (frozen). */
  peek(key: ReplyListKey): Reply[] | null {
    return this.kept && sameListKey(this.kept.key, key) ? this.kept.replies : null
  }

  /** Kept frozen: nobody can change it under the next caller, and dispatch checks it against the contract once (ipc/checked-answers.ts). */
  keep(key: ReplyListKey, replies: Reply[]): Reply[] {
    this.kept = { key, replies: freezeDeep(replies) }
    return this.kept.replies
  }

  /** The kept list when `key` matches it; otherwise `read()`, kept for next time. */
  get(key: ReplyListKey, read: () => Reply[]): Reply[] {
    return this.peek(key) ?? this.keep(key, read())
  }

  /** Something the list shows may have changed: the next get reads it again. */
  drop(): void {
    this.changes++
    this.kept = null
  }
}
