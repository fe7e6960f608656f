// The search index's own upkeep timer. Saves never merge the index's segments (automerge is
// off, see migration 0050) so no save waits for a merge; this merges a bounded slice every half
// minute instead. Started and stopped with the rest of main's background work (main/background-work.ts).
import type { Scheduler, TimerHandle } from '../clock'
import type { SearchIndexService } from './search-index'

export const SEARCH_UPKEEP_MS = 30_000

export class SearchUpkeep {
  private timer: TimerHandle | null = null

  constructor(
    private readonly index: Pick<SearchIndexService, 'tidy'>,
    private readonly scheduler: Scheduler,
    private readonly log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
  ) {}

  start(): void {
    if (this.timer) return
    this.runOnce()
    this.timer = this.scheduler.setInterval(() => this.runOnce(), SEARCH_UPKEEP_MS)
  }

  stop(): void {
    if (this.timer) this.scheduler.clearInterval(this.timer)
    this.timer = null
  }

  /** One bounded merge; a failure is logged and retried on the next tick (the index stays correct, only slower). */
  runOnce(): void {
    try {
      this.index.tidy()
    } catch (error) {
      this.log('[search] index upkeep failed', error)
    }
  }
}
