// A scheduler the test steps by hand: time moves only when `advance` is called, and every timer
// due by then runs in order. Lets a test pass through the renderer's pauses without sleeping.
import type { Scheduler } from '../../../src/renderer/lib/scheduler'

type Timer = { id: number; at: number; run: () => void; every: number | null }

export type ManualScheduler = Scheduler & { advance(ms: number): void; pending(): number }

export function manualScheduler(start = 0): ManualScheduler {
  let now = start
  let nextId = 1
  const timers = new Map<number, Timer>()
  const add = (run: () => void, ms: number, every: number | null) => {
    const id = nextId++
    timers.set(id, { id, at: now + Math.max(0, ms), run, every })
    return id
  }
  return {
    now: () => now,
    setTimeout: (run, ms) => add(run, ms, null),
    clearTimeout: (id) => void timers.delete(id),
    setInterval: (run, ms) => add(run, ms, Math.max(1, ms)),
    clearInterval: (id) => void timers.delete(id),
    pending: () => timers.size,
    advance(ms) {
      const until = now + ms
      for (;;) {
        const due = [...timers.values()].filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0]
        if (!due) break
        now = due.at
        if (due.every === null) timers.delete(due.id)
        else due.at += due.every
        due.run()
      }
      now = until
    },
  }
}
