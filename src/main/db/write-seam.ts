// The one door each repository's writes go through: a transaction that records which rows it
// changed and, once it has committed, tells the observers (a later sync layer, see
// docs/desktop-sync.md) in one batch. A rolled-back write tells nobody.
import type { Db } from './connection'

/**
 * `tombstone` is a removal: the row stays with `deleted_at` set, so a sync can carry it.
 * `delete` is kept for the few rows whose removal is final and never travels: a handover draft
 * (it never left the PC) and what a retention period purges (docs/data-model.md).
 */
export type RowChange = { table: string; id: string; op: 'insert' | 'update' | 'tombstone' | 'restore' | 'delete' }
export type ChangeObserver = (changes: readonly RowChange[]) => void
export type RecordChange = (change: RowChange) => void

export class WriteSeam {
  private readonly observers = new Set<ChangeObserver>()
  private readonly inTransaction: <T>(work: () => T) => T
  private pending: RowChange[] = []
  private depth = 0

  constructor(db: Db) {
    // IMMEDIATE: the write lock is taken at BEGIN, waiting out another connection's write (team
    // sync's) in the busy handler. A deferred transaction that reads first and writes later fails
    // at once with SQLITE_BUSY if that connection committed in between (WAL cannot move a read
    // snapshot forward), which a save must never do.
    const run = db.transaction((work: () => unknown) => work())
    this.inTransaction = <T>(work: () => T) => run.immediate(work) as T
  }

  /**
   * Runs `work` in one transaction (a savepoint when nested in another write of this seam).
   * Observers hear of the changes it records after the outermost write commits. Call it from
   * outside any other transaction: only then is "committed" known here.
   */
  write<T>(work: (record: RecordChange) => T): T {
    const mark = this.pending.length
    this.depth += 1
    let result: T
    try {
      result = this.inTransaction(() => work((change) => this.pending.push(change)))
    } catch (error) {
      this.pending.length = mark
      throw error
    } finally {
      this.depth -= 1
    }
    if (this.depth === 0 && this.pending.length > 0) {
      const batch = this.pending
      this.pending = []
      for (const observer of this.observers) observer(batch)
    }
    return result
  }

  /** Hears every committed batch from now on; returns the way to stop. */
  observe(observer: ChangeObserver): () => void {
    this.observers.add(observer)
    return () => this.observers.delete(observer)
  }
}
