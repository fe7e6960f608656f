// The presence state as main reports it (main decides; the window only shows and asks), plus
// the pending "go online outside your shift?" question.
import { create } from 'zustand'
import type { PresenceSnapshot } from '../../../shared/ipc/presence'
import type { PresenceStatus } from '../../../shared/domain/presence'
import { invoke } from '../../lib/desk'

type PresenceState = {
  snapshot: PresenceSnapshot | null
  /** Set while the agent is asked whether to go online outside the shift. */
  confirming: { nextShiftStart: number | null } | null
  load(): Promise<void>
  apply(snapshot: PresenceSnapshot): void
  /** Going online may first answer with a question (confirming); the caller shows errors. */
  choose(status: PresenceStatus): Promise<void>
  ask(question: { nextShiftStart: number | null }): void
  confirmOnline(): Promise<void>
  cancelConfirm(): void
  dismissNotice(): Promise<void>
  dismissFailure(id: string): Promise<void>
  extendShift(): Promise<void>
  endShift(): Promise<void>
}

export const usePresence = create<PresenceState>((set) => ({
  snapshot: null,
  confirming: null,
  async load() {
    set({ snapshot: await invoke('presence:state', {}) })
  },
  apply: (snapshot) => set({ snapshot }),
  async choose(status) {
    const { snapshot, needsConfirmation } = await invoke('presence:set', { status })
    set({ snapshot, confirming: needsConfirmation ? { nextShiftStart: needsConfirmation.nextShiftStart } : null })
  },
  ask: (question) => set({ confirming: question }),
  async confirmOnline() {
    const { snapshot } = await invoke('presence:set', { status: 'online', confirmOutsideShift: true })
    set({ snapshot, confirming: null })
  },
  cancelConfirm: () => set({ confirming: null }),
  async dismissNotice() {
    set({ snapshot: await invoke('presence:dismissNotice', {}) })
  },
  async dismissFailure(id) {
    set({ snapshot: await invoke('presence:dismissFailure', { id }) })
  },
  async extendShift() {
    set({ snapshot: await invoke('presence:extendShift', {}) })
  },
  async endShift() {
    set({ snapshot: await invoke('presence:endShift', {}) })
  },
}))
