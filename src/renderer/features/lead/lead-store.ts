// The 组长 view's state: the signed-in profile's role, the period shown, its figures, and
// whether names are hidden (a lead showing the screen to the team, or to a supervisor).
import { create } from 'zustand'
import type { StatsPeriod } from '../../../shared/domain/stats'
import type { LeadAccess, LeadView } from '../../../shared/ipc/lead'
import { invoke } from '../../lib/desk'

type LeadState = {
  access: LeadAccess | null
  view: LeadView | null
  hideNames: boolean
  loadAccess(): Promise<void>
  /** Shows the period holding `date`; null: the one holding today's work day. */
  show(period: StatsPeriod, date: string | null): Promise<void>
  setHideNames(hide: boolean): void
  setRole(profileId: string, role: LeadAccess['role']): Promise<void>
}

export const useLead = create<LeadState>((set) => ({
  access: null,
  view: null,
  hideNames: false,
  loadAccess: async () => set({ access: await invoke('lead:access', {}) }),
  show: async (period, date) => set({ view: await invoke('lead:view', date === null ? { period } : { period, date }) }),
  setHideNames: (hideNames) => set({ hideNames }),
  setRole: async (profileId, role) => set({ access: await invoke('lead:setRole', { profileId, role }) }),
}))
