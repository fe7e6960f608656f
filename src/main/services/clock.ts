// Time, timers and ids come in through these ports so tests and the e2e server can control them.
// Every timer in main goes through a Scheduler: background work is started on purpose (by
// main/index.ts and the e2e test server, see main/background-work.ts), never as a side effect
// of building services.
import { uuidV7 } from '../../shared/ids/uuid-v7'

export type Clock = { now(): number }
export const systemClock: Clock = { now: () => Date.now() }

export type IdSource = () => string

/** New rows' ids: time-ordered UUIDv7 on `clock`'s time, as the team server makes them (ids made before stay as they are). */
export function timeOrderedIds(clock: Clock): IdSource {
  return () => uuidV7(clock.now())
}

/** A handle only the scheduler that made it understands. */
export type TimerHandle = unknown

export type Scheduler = {
  setTimeout(run: () => void, ms: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
  setInterval(run: () => void, ms: number): TimerHandle
  clearInterval(handle: TimerHandle): void
}

// unref: a pending timer never keeps a process (a test run, a quitting app) alive on its own.
const unref = (timer: NodeJS.Timeout) => {
  timer.unref()
  return timer
}

export const systemScheduler: Scheduler = {
  setTimeout: (run, ms) => unref(setTimeout(run, ms)),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (run, ms) => unref(setInterval(run, ms)),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
}
