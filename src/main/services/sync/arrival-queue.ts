// Main's share of a download: the rows sync wrote (sync_arrivals) reach their notebook's upkeep
// (pinyin keys, the search index) in short transactions, each taking its ids off the list
// together with the work they need, so a crash leaves the rest noted for the next start. A join
// brings 100k rows at once: handed over in one go (one index transaction per row, as before),
// they kept main busy for a minute; here main does a few tens of ms at a time and lets the
// event loop run in between. A small download (a colleague's edit) is done before `arrived` returns.
import type { Db } from '../../db/connection'

/** A notebook's upkeep for the rows of one table that sync wrote. */
export type ArrivalReader = {
  /** The table whose noted arrivals this reader takes (sync_arrivals.tbl). */
  table: string
  /** Reported tables that mean this reader has work (its own, and those its windows show). */
  heardFrom: readonly string[]
  /** Inside the transaction that takes `ids` off the list; called at least once per report, maybe with none. */
  take(ids: string[]): void
  /** Once every noted row of a report is taken: tell the windows (once, not once per slice). */
  settled?(): void
}

export type ArrivalQueueOptions = {
  /** How long main may spend in one go before it lets the event loop run. */
  budgetMs?: number
  /** Rows taken at a time inside a transaction, between looks at the clock. */
  slice?: number
  now?: () => number
  /** Runs `work` after the event loop has handled what is waiting (setImmediate in the app). */
  later?: (work: () => void) => void
  log?: (message: string, error: unknown) => void
}

export class ArrivalQueue {
  private readonly due = new Set<ArrivalReader>()
  private scheduled = false
  private readonly settledListeners = new Set<() => void>()
  private readonly budgetMs: number
  private readonly slice: number
  private readonly now: () => number
  private readonly later: (work: () => void) => void
  private readonly log: (message: string, error: unknown) => void
  private readonly takeIds: (table: string, limit: number) => string[]

  constructor(
    private readonly db: Db,
    private readonly readers: readonly ArrivalReader[],
    options: ArrivalQueueOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? 40
    this.slice = options.slice ?? 50
    this.now = options.now ?? (() => performance.now())
    this.later = options.later ?? ((work) => setImmediate(work))
    this.log = options.log ?? ((message, error) => console.error(message, error))
    const take = db.prepare('DELETE FROM sync_arrivals WHERE tbl = @table AND id IN (SELECT id FROM sync_arrivals WHERE tbl = @table LIMIT @limit) RETURNING id').pluck()
    this.takeIds = (table, limit) => take.all({ table, limit }) as string[]
  }

  /** The sync host reported these tables changed: their readers' work starts now. */
  arrived(tables: readonly string[]): void {
    for (const reader of this.readers) if (reader.heardFrom.some((table) => tables.includes(table))) this.due.add(reader)
    if (!this.scheduled) this.run()
  }

  /**
   * At start: rows a download noted before the app last closed (it quit or crashed mid-join) are
   * brought up to date now, not only when their table next downloads.
   */
  resumeNoted(): void {
    const noted = this.db.prepare('SELECT DISTINCT tbl FROM sync_arrivals').pluck().all() as string[]
    if (noted.length > 0) this.arrived(noted)
  }

  /** Called each time the queue has handed every reported row to its notebook. */
  onSettled(listener: () => void): () => void {
    this.settledListeners.add(listener)
    return () => this.settledListeners.delete(listener)
  }

  /** Whether rows are still waiting for main (a test waits for them, the app does not). */
  get busy(): boolean {
    return this.due.size > 0
  }

  private run(): void {
    this.scheduled = false
    // The app closed its database while slices were waiting: the rest stay noted for the next start.
    if (!this.db.open) return
    const started = this.now()
    while (this.due.size > 0) {
      if (this.now() - started >= this.budgetMs) {
        this.scheduled = true
        this.later(() => this.run())
        return
      }
      const reader = this.due.values().next().value as ArrivalReader
      let done = true
      try {
        done = this.db.transaction(() => {
          // Several slices per transaction (a commit is a disk flush), until the budget is spent.
          for (;;) {
            const ids = this.takeIds(reader.table, this.slice)
            reader.take(ids)
            if (ids.length < this.slice) return true
            if (this.now() - started >= this.budgetMs) return false
          }
        }).immediate()
      } catch (error) {
        // Rolled back: the rows stay noted, and the table's next report tries them again.
        this.log(`[sync] could not bring the arrived ${reader.table} rows up to date`, error)
      }
      if (done) {
        this.due.delete(reader)
        reader.settled?.()
      }
    }
    for (const listener of this.settledListeners) listener()
  }
}
