// App preferences (language) stored by main in electron-store.
import { create } from 'zustand'
import type { Language, Preferences } from '../../../shared/contract'
import { invoke } from '../../lib/desk'
import { switchLanguage } from '../../i18n'

type PrefsState = {
  prefs: Preferences | null
  load(): Promise<void>
  setLanguage(language: Language): Promise<void>
}

export const usePrefs = create<PrefsState>((set) => ({
  prefs: null,
  async load() {
    const prefs = await invoke('prefs:get', {})
    await switchLanguage(prefs.language)
    set({ prefs })
  },
  async setLanguage(language) {
    const prefs = await invoke('prefs:update', { language })
    await switchLanguage(prefs.language)
    set({ prefs })
  },
}))
