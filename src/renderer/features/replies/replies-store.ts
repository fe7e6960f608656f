// The replies the signed-in agent sees, the lint settings and the hotkey state, as main last
// reported them. Main pushes `replies:changed`; a copy's new usage is patched in place.
import { create } from 'zustand'
import type { Reply } from '../../../shared/ipc/replies'
import type { HotkeyState, ReplySettings, ReplyUsage } from '../../../shared/ipc/replies'
import { invoke } from '../../lib/desk'

type RepliesState = {
  loaded: boolean
  /** Main changed the library while no replies screen was watching: reload on the next open. */
  stale: boolean
  replies: Reply[]
  settings: ReplySettings | null
  hotkey: HotkeyState
  load(): Promise<void>
  /** Loads unless the list is current; joins a load already on its way (the app starts one at sign-in). */
  ensureLoaded(): Promise<void>
  markStale(): void
  loadSettings(): Promise<void>
  applyUsage(usage: ReplyUsage): void
  clear(): void
}

/** The load ensureLoaded started and has not seen settle: a second caller waits for it instead of asking again. */
let pending: Promise<void> | null = null

export const useReplies = create<RepliesState>((set, get) => ({
  loaded: false,
  stale: false,
  replies: [],
  settings: null,
  hotkey: { available: false, registered: false },
  async load() {
    const [replies, view] = await Promise.all([invoke('replies:list', {}), invoke('replies:settings', {})])
    set({ replies, settings: view.settings, hotkey: view.hotkey, loaded: true, stale: false })
  },
  ensureLoaded() {
    const { loaded, stale } = get()
    if (loaded && !stale) return Promise.resolve()
    pending ??= get()
      .load()
      .finally(() => (pending = null))
    return pending
  },
  markStale: () => set({ stale: true }),
  async loadSettings() {
    const view = await invoke('replies:settings', {})
    set({ settings: view.settings, hotkey: view.hotkey })
  },
  applyUsage(usage) {
    const replies = get().replies
    const at = replies.findIndex((r) => r.id === usage.id)
    const old = replies[at]
    if (!old || (old.uses === usage.uses && old.weekUses === usage.weekUses && old.lastUsedAt === usage.lastUsedAt)) return
    const next = [...replies]
    next[at] = { ...old, ...usage }
    set({ replies: next })
  },
  clear: () => set({ loaded: false, replies: [], settings: null }),
}))
