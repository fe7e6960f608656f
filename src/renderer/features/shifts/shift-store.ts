// The shop's shift schedule as main keeps it; the header and the handover screens read it.
import { create } from 'zustand'
import type { Shift } from '../../../shared/contract'
import type { ShiftDraft } from '../../../shared/ipc/shifts'
import { invoke } from '../../lib/desk'

type ShiftState = {
  shifts: Shift[] | null
  load(): Promise<void>
  save(shifts: ShiftDraft[]): Promise<void>
}

export const useShifts = create<ShiftState>((set) => ({
  shifts: null,
  async load() {
    set({ shifts: (await invoke('shifts:schedule', {})).shifts })
  },
  async save(shifts) {
    set({ shifts: (await invoke('shifts:saveSchedule', { shifts })).shifts })
  },
}))
