// Sections kept mounted while hidden (the notebooks and settings): a switch back shows the same
// screen at once, reads its data again, and a broken one gets a fresh try.
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { SectionPanels } from '../../src/renderer/features/shell/SectionPanels'
import { useNavigation, useOnSectionVisit } from '../../src/renderer/features/shell/navigation-store'
import type { Section } from '../../src/renderer/features/shell/sections'

let mounts: Partial<Record<Section, number>> = {}
let visitReads = 0
let broken = false

function Counter({ section }: { section: Section }) {
  const [count, setCount] = useState(() => {
    mounts[section] = (mounts[section] ?? 0) + 1
    return 0
  })
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {section} {count}
    </button>
  )
}

function Register() {
  useOnSectionVisit('register', () => visitReads++)
  return <Counter section="register" />
}

function Stats(): ReactNode {
  if (broken) throw new Error('the chart library failed')
  return <Counter section="stats" />
}

const panels: Record<Section, ReactNode> = {
  replies: <Counter section="replies" />,
  trees: <Counter section="trees" />,
  register: <Register />,
  stats: <Stats />,
  handover: <Counter section="handover" />,
  settings: <Counter section="settings" />,
  lead: <Counter section="lead" />,
}

function Shell() {
  const section = useNavigation((s) => s.section)
  return <SectionPanels section={section} panels={panels} />
}

const go = (section: Section) => act(() => useNavigation.getState().go(section))

describe('sections kept mounted while hidden', () => {
  beforeEach(() => {
    mounts = {}
    visitReads = 0
    broken = false
    useNavigation.setState({ section: 'replies', arrivals: 0, visits: { replies: 1 } })
  })

  it('shows an opened notebook again as the agent left it, without mounting it anew', async () => {
    render(<Shell />)
    go('register')
    await userEvent.click(screen.getByRole('button', { name: 'register 0' }))
    go('replies')
    // Out of reach while hidden: no role query finds it, no click or focus lands in it.
    expect(screen.queryByRole('button', { name: 'register 1' })).not.toBeInTheDocument()
    expect(screen.getByText('register 1').closest('[data-section="register"]')).toHaveAttribute('inert')
    go('register')
    expect(screen.getByRole('button', { name: 'register 1' })).toBeInTheDocument()
    expect(mounts.register).toBe(1)
  })

  it('mounts quick replies and the trees afresh on each visit (they listen to keys on the whole window)', () => {
    render(<Shell />)
    go('trees')
    go('replies')
    go('trees')
    expect(screen.queryByText('register 0')).not.toBeInTheDocument()
    expect(mounts.trees).toBe(2)
    expect(mounts.replies).toBe(2)
  })

  it('reads a kept section again on each visit from another section, not on a repeated key press', () => {
    render(<Shell />)
    go('register')
    expect(visitReads).toBe(0)
    go('register')
    expect(visitReads).toBe(0)
    go('handover')
    go('register')
    expect(visitReads).toBe(1)
  })

  it('gives a section that broke a fresh try on the next visit', () => {
    const quiet = console.error
    console.error = () => undefined
    try {
      render(<Shell />)
      broken = true
      go('stats')
      expect(screen.getByRole('alert')).toBeInTheDocument()
      broken = false
      go('replies')
      go('stats')
      expect(screen.getByRole('button', { name: 'stats 0' })).toBeInTheDocument()
    } finally {
      console.error = quiet
    }
  })
})
