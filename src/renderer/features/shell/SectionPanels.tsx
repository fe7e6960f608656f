// The section on screen. Once opened, the notebooks and settings stay mounted while hidden, so
// coming back to one shows it at once instead of building its cards, tabs and chart again (the
// most of a switch's time); each reads its data again on a visit (see `useSectionVisits`) and
// follows main's change events meanwhile. Quick replies and the trees listen to keys on the whole
// window, so they are mounted only while shown; so is the lead's view, which reads afresh each time.
import { useState, type ReactNode } from 'react'
import { ErrorBoundary } from './ErrorBoundary'
import { useNavigation } from './navigation-store'
import type { Section } from './sections'

const KEPT: ReadonlySet<Section> = new Set<Section>(['register', 'stats', 'handover', 'settings'])

// Not `display: none`: Chromium keeps a `content-visibility: hidden` subtree's styles and layout,
// so showing it again costs no style pass over every card. `inert` and `aria-hidden` keep its
// controls out of reach (focus, clicks, screen readers) while it is hidden.
const HIDDEN = { inert: true, 'aria-hidden': true, style: { contentVisibility: 'hidden', height: 0, overflow: 'hidden' } } as const

/** Give it a `key` per signed-in profile: another agent's sections are never kept. */
export function SectionPanels({ section, panels }: { section: Section; panels: Record<Section, ReactNode> }) {
  const visits = useNavigation((s) => s.visits)
  const [opened, setOpened] = useState<Section[]>(() => (KEPT.has(section) ? [section] : []))
  if (KEPT.has(section) && !opened.includes(section)) setOpened([...opened, section])
  return (
    <>
      {!KEPT.has(section) && <ErrorBoundary key={section}>{panels[section]}</ErrorBoundary>}
      {opened.map((kept) => (
        <div key={kept} data-section={kept} {...(kept === section ? {} : HIDDEN)}>
          {/* A section that broke gets a fresh try on the next visit, as it did when it was mounted anew. */}
          <ErrorBoundary resetKey={visits[kept]}>{panels[kept]}</ErrorBoundary>
        </div>
      ))}
    </>
  )
}
