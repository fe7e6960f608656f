// How long each IPC handler keeps main's event loop busy during a bench. A handler that runs
// synchronously (SQLite through better-sqlite3) blocks main for its whole run, so the probe
// times the synchronous part of every call; the event-loop delay histogram over the same
// period catches blocking that no single call owns.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { HandlerMap } from '../../src/main/ipc/types'

export type ChannelStall = { channel: string; calls: number; maxMs: number; totalMs: number }

export type MainStallProbe = {
  /** The channels by their longest single block, longest first. */
  worst(count?: number): ChannelStall[]
  /** The longest event-loop delay seen while the probe was on, in ms. */
  loopMaxMs(): number
  stop(): void
}

/** Wraps every handler of `handlers` in place (the test server reads the map on each request). */
export function probeMainStalls(handlers: HandlerMap): MainStallProbe {
  const stats = new Map<string, ChannelStall>()
  const originals = new Map<string, unknown>()
  const map = handlers as unknown as Record<string, (input: unknown) => unknown>
  for (const channel of Object.keys(map)) {
    const handler = map[channel]!
    originals.set(channel, handler)
    map[channel] = (input: unknown) => {
      const t0 = performance.now()
      try {
        return handler(input)
      } finally {
        const ms = performance.now() - t0
        const s = stats.get(channel) ?? { channel, calls: 0, maxMs: 0, totalMs: 0 }
        s.calls++
        s.totalMs += ms
        s.maxMs = Math.max(s.maxMs, ms)
        stats.set(channel, s)
      }
    }
  }
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  return {
    worst: (count = 5) => [...stats.values()].sort((a, b) => b.maxMs - a.maxMs).slice(0, count),
    loopMaxMs: () => loop.max / 1e6,
    stop() {
      loop.disable()
      for (const [channel, handler] of originals) map[channel] = handler as (input: unknown) => unknown
    },
  }
}
