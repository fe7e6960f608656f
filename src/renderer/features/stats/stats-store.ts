// The stats screen's state: the live figures of the shift, the period being looked at, and the
// shop's settings. Main owns every number; this store only asks for them and keeps the answers.
import { create } from 'zustand'
import type { StatsPeriod, TallyOutcome } from '../../../shared/domain/stats'
import type { CurrentStats, HotkeyStatus, StatsSettings, StatsSummary, Tally } from '../../../shared/ipc/stats'
import { changedFields } from '../../lib/changed-fields'
import { invoke } from '../../lib/desk'

type TallyInput = { outcome: TallyOutcome; converted?: boolean; customer?: string; source: 'keypad' | 'transcript' }

type StatsState = {
  current: CurrentStats | null
  period: StatsPeriod
  /** A day inside the period shown; null follows today's work day. */
  date: string | null
  summary: StatsSummary | null
  settings: StatsSettings | null
  hotkeys: HotkeyStatus | null
  loadCurrent(): Promise<void>
  loadSummary(): Promise<void>
  loadSettings(): Promise<void>
  show(period: StatsPeriod, date: string | null): Promise<void>
  tally(input: TallyInput): Promise<Tally>
  undo(id?: string): Promise<Tally | null>
  /** reasonId null clears it. */
  setLostReason(tallyId: string, reasonId: string | null, note: string): Promise<Tally>
  saveSettings(patch: Partial<StatsSettings>): Promise<void>
}

// Tallies and undos run one after another in key order: an agent typing 1 3 4 quickly gets
// three tallies, and the figures shown are those after the last one.
let queue: Promise<unknown> = Promise.resolve()
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

export const useStats = create<StatsState>((set, get) => {
  // The figures are read again each minute and on every visit: the same answer re-renders (and redraws) nothing.
  const setIfChanged = (next: Partial<StatsState>) => {
    const changed = changedFields(get(), next)
    if (changed) set(changed)
  }
  return {
    current: null,
    period: 'month',
    date: null,
    summary: null,
    settings: null,
    hotkeys: null,
    async loadCurrent() {
      setIfChanged({ current: await invoke('stats:current', {}) })
    },
    async loadSummary() {
      const { period, date } = get()
      const summary = await invoke('stats:summary', date === null ? { period } : { period, date })
      // Only keep the answer if the agent has not moved to another period meanwhile.
      if (get().period === period && get().date === date) setIfChanged({ summary })
    },
    async loadSettings() {
      const { settings, hotkeys } = await invoke('stats:settings', {})
      setIfChanged({ settings, hotkeys })
    },
    async show(period, date) {
      set({ period, date })
      await get().loadSummary()
    },
    tally: (input) =>
      inTurn(async () => {
        const { tally, current } = await invoke('stats:tally', input)
        set({ current })
        return tally
      }),
    undo: (id) =>
      inTurn(async () => {
        const { undone, current } = await invoke('stats:undo', id === undefined ? {} : { id })
        set({ current })
        return undone
      }),
    setLostReason: (tallyId, reasonId, note) =>
      inTurn(async () => {
        const { tally, current } = await invoke('stats:setLostReason', { tallyId, reasonId, note })
        set({ current })
        return tally
      }),
    async saveSettings(patch) {
      const { settings, hotkeys } = await invoke('stats:updateSettings', patch)
      set({ settings, hotkeys })
      // Pay in the figures follows the rates.
      await Promise.all([get().loadCurrent(), get().loadSummary()])
    },
  }
})
