// Profiles on this PC and the signed-in one, as main reports them.
import { create } from 'zustand'
import type { Profile, ProfileDraft } from '../../../shared/contract'
import { invoke } from '../../lib/desk'

type ProfileState = {
  loaded: boolean
  profiles: Profile[]
  current: Profile | null
  load(): Promise<void>
  create(draft: ProfileDraft): Promise<Profile>
  switchTo(profileId: string): Promise<void>
  setCurrent(profile: Profile | null): void
}

export const useProfiles = create<ProfileState>((set, get) => ({
  loaded: false,
  profiles: [],
  current: null,
  async load() {
    const [profiles, current] = await Promise.all([invoke('profiles:list', {}), invoke('session:current', {})])
    set({ profiles, current, loaded: true })
  },
  async create(draft) {
    const profile = await invoke('profiles:create', draft)
    set({ profiles: [...get().profiles, profile] })
    return profile
  },
  async switchTo(profileId) {
    const current = await invoke('session:switch', { profileId })
    set({ current })
  },
  setCurrent: (current) => set({ current }),
}))
