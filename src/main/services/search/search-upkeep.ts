// The search index's own upkeep timer. Saves never merge the index's segments (automerge is
// off, see migration 0050) so no save waits for a merge; this merges a bounded slice every half
// minute instead. Started by main/index.ts and the e2e test server, stopped by the app context's close.
import type { SearchIndexService } from './search-index'

export const SEARCH_UPKEEP_MS = 30_000

export class SearchUpkeep {
  private timer: ReturnType<typeof setInterval> | null = null

  constructor(
    private readonly index: Pick<SearchIndexService, 'tidy'>,
    private readonly log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
  ) {}

  start(): void {
    if (this.timer) return
    this.runOnce()
    this.timer = setInterval(() => this.runOnce(), SEARCH_UPKEEP_MS)
    this.timer.unref?.()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
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
