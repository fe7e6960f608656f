// The signed-in profile's team as the header chip and Settings → 团队 show it, kept current by
// main's team:changed event (sync state, join, leave) and by profile switches.
import { create } from 'zustand'
import type { TeamJoinInput, TeamLeavePreview, TeamStatus } from '../../../shared/ipc/team'
import { invoke, onEvent } from '../../lib/desk'

type TeamState = {
  status: TeamStatus | null
  load(): Promise<void>
  /** Keeps the status current; returns the unsubscribe function. */
  follow(): () => void
  join(input: TeamJoinInput): Promise<void>
  leavePreview(): Promise<TeamLeavePreview>
  leave(): Promise<void>
  retry(): Promise<void>
}

export const useTeam = create<TeamState>((set, get) => ({
  status: null,
  async load() {
    set({ status: await invoke('team:status', {}) })
  },
  follow() {
    const offTeam = onEvent('team:changed', (status) => set({ status }))
    const offSession = onEvent('session:changed', () => void get().load().catch(() => undefined))
    return () => {
      offTeam()
      offSession()
    }
  },
  async join(input) {
    set({ status: await invoke('team:join', input) })
  },
  leavePreview: () => invoke('team:leavePreview', {}),
  async leave() {
    set({ status: await invoke('team:leave', {}) })
  },
  async retry() {
    set({ status: await invoke('team:retry', {}) })
  },
}))
