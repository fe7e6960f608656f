// The renderer's one source of time for its own timers (activity reports, draft saves, header
// clocks). The app uses the browser's timers; a test hands in a scheduler it steps by hand, so no
// test has to sleep through a real pause (end-to-end specs drive the page with Playwright's clock).
import { createContext, useContext } from 'react'

export type TimerHandle = number

export type Scheduler = {
  now(): number
  setTimeout(run: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
  setInterval(run: () => void, ms: number): TimerHandle
  clearInterval(handle: TimerHandle): void
}

export const browserScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
  setInterval: (run, ms) => window.setInterval(run, ms),
  clearInterval: (handle) => window.clearInterval(handle),
}

const SchedulerContext = createContext<Scheduler>(browserScheduler)

export const SchedulerProvider = SchedulerContext.Provider

export function useScheduler(): Scheduler {
  return useContext(SchedulerContext)
}
