// The shared-PC lock settings (whole PC): shared mode, idle minutes, lock hotkey, and the PC's owner,
// the one profile main lets change them.
import { create } from 'zustand'
import type { LockSettings } from '../../../shared/contract'
import { invoke } from '../../lib/desk'

type LockSettingsState = {
  settings: LockSettings | null
  load(): Promise<void>
  save(patch: Partial<Omit<LockSettings, 'pcOwnerId'>>): Promise<void>
  transferOwner(profileId: string): Promise<void>
}

export const useLockSettings = create<LockSettingsState>((set) => ({
  settings: null,
  async load() {
    set({ settings: await invoke('profiles:lockSettings', {}) })
  },
  async save(patch) {
    set({ settings: await invoke('profiles:updateLockSettings', patch) })
  },
  async transferOwner(profileId) {
    set({ settings: await invoke('profiles:transferPcOwner', { profileId }) })
  },
}))
