// Which section is on screen. Kept in a store so panels keep their state when the agent moves away.
// `arrivals` counts every jump (Alt+digit, the menu), even to the section already shown, so a
// panel can put the caret back where the agent expects it.
import { create } from 'zustand'
import type { Section } from './sections'

type NavigationState = { section: Section; arrivals: number; go(section: Section): void }

export const useNavigation = create<NavigationState>((set) => ({
  section: 'replies',
  arrivals: 0,
  go: (section) => set((s) => ({ section, arrivals: s.arrivals + 1 })),
}))
