// Which section is on screen. Kept in a store so panels keep their state when the agent moves away.
// `arrivals` counts every jump (Alt+digit, the menu), even to the section already shown, so a
// panel can put the caret back where the agent expects it. `visits` counts, per section, the
// times the agent came to it from another: a section kept mounted while hidden reads its data
// again on each visit (`useOnSectionVisit`), as it did when every switch mounted it afresh.
import { useEffect, useRef } from 'react'
import { create } from 'zustand'
import type { Section } from './sections'

type NavigationState = {
  section: Section
  arrivals: number
  visits: Partial<Record<Section, number>>
  go(section: Section): void
}

export const useNavigation = create<NavigationState>((set) => ({
  section: 'replies',
  arrivals: 0,
  visits: { replies: 1 },
  go: (section) =>
    set((s) => ({
      section,
      arrivals: s.arrivals + 1,
      visits: s.section === section ? s.visits : { ...s.visits, [section]: (s.visits[section] ?? 0) + 1 },
    })),
}))

/**
 * Calls `onVisit` each time the agent comes back to `section` from another one, without
 * re-rendering the caller (a re-render of a whole section is what the switch must not cost). It
 * runs as the switch starts, before the section is shown: work that needs it shown (focus) waits
 * for the next frame.
 */
export function useOnSectionVisit(section: Section, onVisit: () => void): void {
  const latest = useRef(onVisit)
  useEffect(() => {
    latest.current = onVisit
  })
  useEffect(
    () =>
      useNavigation.subscribe((state, previous) => {
        if (state.visits[section] !== previous.visits[section]) latest.current()
      }),
    [section],
  )
}
