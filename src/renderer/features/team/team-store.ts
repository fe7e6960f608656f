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

/**
 * Counts team:changed events. An answer and the events travel apart, so an answer may arrive after
 * an event that is newer than it (the first sync ending while team:join answers): an answer is
 * taken only when no event arrived since its call began (main announces before it answers).
 */
let eventsHeard = 0

async function answered(call: () => Promise<TeamStatus>, set: (s: Partial<TeamState>) => void): Promise<void> {
  const heard = eventsHeard
  const status = await call()
  if (eventsHeard === heard) set({ status })
}

export const useTeam = create<TeamState>((set, get) => ({
  status: null,
  load: () => answered(() => invoke('team:status', {}), set),
  follow() {
    const offTeam = onEvent('team:changed', (status) => {
      eventsHeard += 1
      set({ status })
    })
    const offSession = onEvent('session:changed', () => void get().load().catch(() => undefined))
    return () => {
      offTeam()
      offSession()
    }
  },
  join: (input) => answered(() => invoke('team:join', input), set),
  leavePreview: () => invoke('team:leavePreview', {}),
  leave: () => answered(() => invoke('team:leave', {}), set),
  retry: () => answered(() => invoke('team:retry', {}), set),
}))
