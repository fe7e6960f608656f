// Builds the real app context (real SQLite, real preferences file) on a temp folder, with a
// controllable clock. `conf` stands in for electron-store: it is electron-store's own base class.
import Conf from 'conf'
import { createAppContext, type AppContext, type AppContextOptions } from '../../src/main/app-context'
import type { KeyValueStoreClass } from '../../src/main/settings'
import { fakePorts } from './fake-ports'

export type TestClock = { now(): number; set(ms: number): void; advance(ms: number): void }

export function testClock(start = Date.UTC(2026, 10, 22, 2, 0)): TestClock {
  let t = start
  return { now: () => t, set: (ms) => void (t = ms), advance: (ms) => void (t += ms) }
}

export function openTestContext(dataDir: string, options: Partial<AppContextOptions> = {}): AppContext {
  let n = 0
  return createAppContext({
    dataDir,
    Store: Conf as unknown as KeyValueStoreClass,
    version: '0.0.0-test',
    platform: 'test',
    newId: () => `id-${++n}`,
    ports: fakePorts(),
    ...options,
  })
}
