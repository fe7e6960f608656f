// The search index's upkeep runs on its own timer, not on the issue register's reminders.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { systemScheduler } from '../../../src/main/services/clock'
import { SEARCH_UPKEEP_MS, SearchUpkeep } from '../../../src/main/services/search/search-upkeep'

afterEach(() => {
  vi.useRealTimers()
})

describe('search index upkeep', () => {
  it('tidies once at start, then on every tick until stopped', () => {
    vi.useFakeTimers()
    const tidy = vi.fn(() => true)
    const upkeep = new SearchUpkeep({ tidy }, systemScheduler)
    upkeep.start()
    upkeep.start()
    expect(tidy).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(SEARCH_UPKEEP_MS * 2)
    expect(tidy).toHaveBeenCalledTimes(3)
    upkeep.stop()
    vi.advanceTimersByTime(SEARCH_UPKEEP_MS * 2)
    expect(tidy).toHaveBeenCalledTimes(3)
  })

  it('logs a failed merge and tries again on the next tick', () => {
    vi.useFakeTimers()
    const tidy = vi.fn((): boolean => {
      throw new Error('database is locked')
    })
    const log = vi.fn()
    const upkeep = new SearchUpkeep({ tidy }, systemScheduler, log)
    upkeep.start()
    vi.advanceTimersByTime(SEARCH_UPKEEP_MS)
    expect(log).toHaveBeenCalledTimes(2)
    expect(log).toHaveBeenCalledWith('[search] index upkeep failed', expect.any(Error))
    upkeep.stop()
  })
})
