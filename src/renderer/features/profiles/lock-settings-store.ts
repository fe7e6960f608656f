// The shared-PC lock settings (whole PC): shared mode, idle minutes, lock hotkey.
import { create } from 'zustand'
import type { LockSettings } from '../../../shared/contract'
import { invoke } from '../../lib/desk'

type LockSettingsState = {
  settings: LockSettings | null
  load(): Promise<void>
  save(patch: Partial<LockSettings>): Promise<void>
}

export const useLockSettings = create<LockSettingsState>((set) => ({
  settings: null,
  async load() {
    set({ settings: await invoke('profiles:lockSettings', {}) })
  },
  async save(patch) {
    set({ settings: await invoke('profiles:updateLockSettings', patch) })
  },
}))
