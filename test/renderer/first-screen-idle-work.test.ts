// Idle work (other sections' chunks) waits for the first screen: fetched earlier, it competes with
// the screen a cold start is waiting for.
import { waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

describe('idle preloads', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('start only once the first screen is shown', async () => {
    vi.resetModules()
    vi.stubGlobal('requestIdleCallback', (run: () => void) => {
      queueMicrotask(run)
      return 1
    })
    const { preloadWhenIdle } = await import('../../src/renderer/lib/lazy-view')
    const { firstScreenShown } = await import('../../src/renderer/lib/first-screen')
    const preload = vi.fn(() => Promise.resolve())
    preloadWhenIdle([{ preload }])
    for (let turn = 0; turn < 20; turn++) await Promise.resolve()
    expect(preload).not.toHaveBeenCalled()

    firstScreenShown()
    await waitFor(() => expect(preload).toHaveBeenCalledTimes(1))
  })
})
