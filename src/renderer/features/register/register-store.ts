// The issue register in the renderer: the list on screen, the reminder counts for the badge,
// and which register form is open. `openFollowUp(prefill)` is the entry point other features
// (order decision trees, handover) use to record a follow-up without leaving their screen.
import { create } from 'zustand'
import type { RegisterEntry, ReminderCounts } from '../../../shared/ipc/register'
import { changedFields } from '../../lib/changed-fields'
import { invoke } from '../../lib/desk'
import type { FollowUpPrefill } from './follow-up-values'

export type RegisterView = 'all' | 'unanswered' | 'followUps' | 'openFollowUps' | 'hard'
export type RegisterTab = 'entries' | 'search' | 'report'

export type FollowUpRequest = { prefill: FollowUpPrefill; entryId?: string; onSaved?(entry: RegisterEntry): void }
export type EditorRequest = { entryId?: string; kind?: 'question' | 'idea'; focus?: 'answer' }

type RegisterState = {
  tab: RegisterTab
  view: RegisterView
  page: number
  pageSize: number
  items: RegisterEntry[]
  total: number
  unanswered: number
  openFollowUps: number
  reminders: ReminderCounts
  loading: boolean
  followUp: FollowUpRequest | null
  editor: EditorRequest | null
  captureOpen: boolean
  showTab(tab: RegisterTab): void
  setView(view: RegisterView): void
  setPage(page: number): void
  load(): Promise<void>
  /** The page shown read again without the spinner; only what changed is set (a visit to the kept section). */
  refresh(): Promise<void>
  loadReminders(): Promise<void>
  setReminders(counts: ReminderCounts): void
  /** Shows the follow-up form as a modal over whatever screen is open. */
  openFollowUp(prefill?: FollowUpPrefill, options?: { entryId?: string; onSaved?(entry: RegisterEntry): void }): void
  closeFollowUp(): void
  openEditor(request?: EditorRequest): void
  closeEditor(): void
  openEntry(entry: Pick<RegisterEntry, 'id' | 'kind'>): void
  setCaptureOpen(open: boolean): void
}

export const useRegister = create<RegisterState>((set, get) => ({
  tab: 'entries',
  view: 'all',
  page: 1,
  pageSize: 20,
  items: [],
  total: 0,
  unanswered: 0,
  openFollowUps: 0,
  reminders: { overdue: 0, dueToday: 0 },
  loading: false,
  followUp: null,
  editor: null,
  captureOpen: false,
  showTab: (tab) => set({ tab }),
  setView: (view) => {
    set({ view, page: 1 })
    void get().load()
  },
  setPage: (page) => {
    set({ page })
    void get().load()
  },
  async load() {
    set({ loading: true })
    try {
      await get().refresh()
    } finally {
      set({ loading: false })
    }
  },
  async refresh() {
    const { view, page, pageSize } = get()
    const answer = await invoke('register:list', { view, page, pageSize })
    // A deleted last entry can leave the agent on an empty page: step back.
    if (answer.items.length === 0 && page > 1) {
      set({ page: page - 1 })
      return get().refresh()
    }
    const changed = changedFields(get(), { items: answer.items, total: answer.total, unanswered: answer.counts.unanswered, openFollowUps: answer.counts.openFollowUps, reminders: { overdue: answer.counts.overdue, dueToday: answer.counts.dueToday } })
    if (changed) set(changed)
  },
  async loadReminders() {
    set({ reminders: await invoke('register:reminders', {}) })
  },
  setReminders: (reminders) => set({ reminders }),
  openFollowUp: (prefill = {}, options = {}) => set({ followUp: { prefill, ...options } }),
  closeFollowUp: () => set({ followUp: null }),
  openEditor: (request = {}) => set({ editor: request }),
  closeEditor: () => set({ editor: null }),
  openEntry(entry) {
    if (entry.kind === 'followup') set({ followUp: { prefill: {}, entryId: entry.id } })
    else set({ editor: { entryId: entry.id } })
  },
  setCaptureOpen: (captureOpen) => set({ captureOpen }),
}))
