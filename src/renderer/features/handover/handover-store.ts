// The handover board (what to take over, what I follow, what I am handing over) and the log, as
// main keeps them. Every change answers with the item; the board is then read again so every
// list stays in step.
import { create } from 'zustand'
import type { HandoverBoard, HandoverItem, HandoverItemFields, HandoverRecord } from '../../../shared/contract'
import { changedFields } from '../../lib/changed-fields'
import { invoke } from '../../lib/desk'

type Log = { items: HandoverItem[]; records: HandoverRecord[] }
type LogQuery = { query: string; status: 'open' | 'done' | 'all' }

type HandoverState = {
  board: HandoverBoard | null
  log: Log | null
  logQuery: LogQuery
  loadBoard(): Promise<void>
  /** The board again, and the log if it is open (a change made elsewhere: another window, or another PC through the team). */
  reload(): Promise<void>
  /** Asks main to put the take-over screen off for this shift (main decides whether it may). */
  putOffTakeOver(): Promise<void>
  loadLog(query?: Partial<LogQuery>): Promise<void>
  saveItem(fields: HandoverItemFields & { id?: string }): Promise<HandoverItem>
  deleteItem(id: string): Promise<void>
  saveNotes(notes: { notes: string; cashCents: number | null; itemCount: number | null }): Promise<void>
  submit(): Promise<HandoverRecord>
  acknowledge(id: string): Promise<void>
  addNote(id: string, note: string): Promise<void>
  complete(id: string, resolution: string): Promise<void>
}

export const useHandover = create<HandoverState>((set, get) => {
  // The board is read again each minute and on every visit: the same board re-renders nothing.
  const setIfChanged = (next: Partial<HandoverState>) => {
    const changed = changedFields(get(), next)
    if (changed) set(changed)
  }
  const refresh = async () => {
    setIfChanged({ board: await invoke('handover:board', {}) })
    if (get().log) await get().loadLog()
  }
  return {
    board: null,
    log: null,
    logQuery: { query: '', status: 'all' },
    loadBoard: async () => setIfChanged({ board: await invoke('handover:board', {}) }),
    reload: refresh,
    putOffTakeOver: async () => set({ board: await invoke('handover:putOffTakeOver', {}) }),
    async loadLog(query) {
      const logQuery = { ...get().logQuery, ...query }
      set({ logQuery })
      setIfChanged({ log: await invoke('handover:log', { ...logQuery, limit: 200 }) })
    },
    async saveItem(fields) {
      const item = await invoke('handover:saveItem', fields)
      await refresh()
      return item
    },
    async deleteItem(id) {
      await invoke('handover:deleteItem', { id })
      await refresh()
    },
    async saveNotes(notes) {
      await invoke('handover:saveNotes', notes)
      await refresh()
    },
    async submit() {
      const record = await invoke('handover:submit', {})
      await refresh()
      return record
    },
    async acknowledge(id) {
      await invoke('handover:acknowledge', { id })
      await refresh()
    },
    async addNote(id, note) {
      await invoke('handover:addNote', { id, note })
      await refresh()
    },
    async complete(id, resolution) {
      await invoke('handover:complete', { id, resolution })
      await refresh()
    },
  }
})
