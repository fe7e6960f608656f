// Which section is on screen. Kept in a store so panels keep their state when the agent moves away.
import { create } from 'zustand'
import type { Section } from './sections'

type NavigationState = { section: Section; go(section: Section): void }

export const useNavigation = create<NavigationState>((set) => ({
  section: 'replies',
  go: (section) => set({ section }),
}))
