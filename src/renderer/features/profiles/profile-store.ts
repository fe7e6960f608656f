// Profiles on this PC, the signed-in one and whether the screen is locked, as main reports them.
// Main decides (it checks PINs); the window only shows and asks.
import { create } from 'zustand'
import type { LockReason, Profile, ProfileDraft, ProfileUpdate, SessionState } from '../../../shared/contract'
import { invoke } from '../../lib/desk'
import { forgetPreviousAgent } from './forget-previous-agent'

type ProfileState = {
  loaded: boolean
  profiles: Profile[]
  current: Profile | null
  locked: boolean
  lockReason: LockReason | null
  load(): Promise<void>
  create(draft: ProfileDraft): Promise<Profile>
  /** Signs in or unlocks; main checks the PIN, or the personal passphrase while the profile's notebooks are closed. */
  switchTo(profileId: string, pin?: string, passphrase?: string): Promise<void>
  lock(): Promise<void>
  update(patch: ProfileUpdate): Promise<Profile>
  setPin(pin: string | null, currentPin?: string): Promise<void>
  /** Sets or changes the signed-in profile's personal passphrase; main seals her existing private rows the first time. */
  /** `currentPassphrase`: needed to change one she already has. */
  setPassphrase(passphrase: string, currentPassphrase?: string): Promise<void>
  /** A profile announced by main (session:changed). */
  setCurrent(profile: Profile | null): void
  /** The lock state announced by main (session:lockChanged). */
  applySession(state: SessionState): void
}

export const useProfiles = create<ProfileState>((set, get) => {
  /** Another agent replacing the one on screen: start afresh instead of showing them the old screens. */
  const enter = (profile: Profile | null) => {
    const before = get().current
    if (before && profile?.id !== before.id) forgetPreviousAgent()
    set({ current: profile, profiles: get().profiles.map((p) => (p.id === profile?.id ? profile : p)) })
  }
  return {
    loaded: false,
    profiles: [],
    current: null,
    locked: false,
    lockReason: null,
    async load() {
      const [profiles, state] = await Promise.all([invoke('profiles:list', {}), invoke('session:state', {})])
      set({ profiles, current: state.profile, locked: state.locked, lockReason: state.reason, loaded: true })
    },
    async create(draft) {
      const profile = await invoke('profiles:create', draft)
      set({ profiles: [...get().profiles, profile] })
      return profile
    },
    async switchTo(profileId, pin, passphrase) {
      const profile = await invoke('session:switch', { profileId, ...(pin === undefined ? {} : { pin }), ...(passphrase === undefined ? {} : { passphrase }) })
      enter(profile)
      set({ locked: false, lockReason: null })
    },
    async lock() {
      get().applySession(await invoke('session:lock', {}))
    },
    async update(patch) {
      const profile = await invoke('profiles:update', patch)
      enter(profile)
      return profile
    },
    async setPin(pin, currentPin) {
      enter(await invoke('profiles:setPin', currentPin === undefined ? { pin } : { pin, currentPin }))
    },
    async setPassphrase(passphrase, currentPassphrase) {
      enter(await invoke('profiles:setPassphrase', currentPassphrase === undefined ? { passphrase } : { passphrase, currentPassphrase }))
    },
    setCurrent: (profile) => enter(profile),
    applySession(state) {
      enter(state.profile)
      set({ locked: state.locked, lockReason: state.reason })
    },
  }
})
