// The signed-in agent's reply library as replies:list last read it. Reading and mapping 10,000
// replies keeps main busy for tens of milliseconds (hundreds on a loaded PC), and the renderer
// asks for the whole list at every start, sign-in and change; between changes the answer is the
// same, so it is read once and kept until something it shows may have changed.
import type { Reply, ReplyUsage } from '../../../shared/ipc/replies'

/**
 * What the kept list depends on besides this connection's own writes: whose list it is, the
 * first day of "this week" (weekUses) and SQLite's data_version, which moves when another
 * connection (team sync's worker) commits to the file.
 */
export type ReplyListKey = { profileId: string; weekStart: string; dataVersion: number }

function sameKey(a: ReplyListKey, b: ReplyListKey): boolean {
  return a.profileId === b.profileId && a.weekStart === b.weekStart && a.dataVersion === b.dataVersion
}

export class ReplyListCache {
  private kept: { key: ReplyListKey; replies: Reply[] } | null = null

  /** The kept list when `key` matches it; otherwise `read()`, kept for next time. Callers must not change the array or its replies. */
  get(key: ReplyListKey, read: () => Reply[]): Reply[] {
    if (this.kept && sameKey(this.kept.key, key)) return this.kept.replies
    const replies = read()
    this.kept = { key, replies }
    return replies
  }

  /** A copy changed one reply's counts: that reply is replaced, the rest of the list stays. */
  applyUsage(usage: ReplyUsage): void {
    if (!this.kept) return
    const at = this.kept.replies.findIndex((r) => r.id === usage.id)
    if (at < 0) return
    const replies = [...this.kept.replies]
    replies[at] = { ...replies[at]!, ...usage }
    this.kept = { key: this.kept.key, replies }
  }

  /** Something the list shows may have changed: the next get reads it again. */
  drop(): void {
    this.kept = null
  }
}
