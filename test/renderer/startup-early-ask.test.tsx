// A cold start asks main where start-up stands before React's first render (main.tsx), and the
// gate takes that answer instead of asking again: one question, the app shown once main is ready.
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { initI18n } from '../../src/renderer/i18n'
import { askStartupStateEarly, StartupGate } from '../../src/renderer/features/startup/StartupGate'
import { installFakeDesk } from './helpers/fake-desk'

describe('the start-up question asked before the first render', () => {
  it('is asked once, and its answer opens the app', async () => {
    initI18n()
    const desk = installFakeDesk({ 'atRest:startupState': () => ({ state: 'ready' }) })
    askStartupStateEarly()
    expect(desk.calls.filter((c) => c.channel === 'atRest:startupState')).toHaveLength(1)
    render(
      <StartupGate>
        <div data-testid="the-app">app</div>
      </StartupGate>,
    )
    expect(await screen.findByTestId('the-app')).toBeInTheDocument()
    expect(desk.calls.filter((c) => c.channel === 'atRest:startupState')).toHaveLength(1)
  })
})
