// A schedule a lead changed on another PC reaches this one's screens: main emits shifts:changed
// when the team's shifts arrive, and the header (always shown) reloads the shift store every
// schedule reader uses.
import { render, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Shift } from '../../src/shared/contract'
import { initI18n } from '../../src/renderer/i18n'
import { ShiftIndicator } from '../../src/renderer/features/shifts/ShiftIndicator'
import { useShifts } from '../../src/renderer/features/shifts/shift-store'
import { installFakeDesk } from './helpers/fake-desk'

describe('the shift schedule after a sync', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useShifts.setState({ shifts: null })
  })

  it('reloads the schedule when main says it changed', async () => {
    let shifts: Shift[] = [{ id: 'day', name: '', start: '09:00', end: '16:30' }]
    const desk = installFakeDesk({ 'shifts:schedule': () => ({ shifts }) })
    render(<ShiftIndicator />)
    await waitFor(() => expect(useShifts.getState().shifts).toEqual(shifts))
    shifts = [{ id: 'day', name: '', start: '08:30', end: '16:30' }, { id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', name: '早班', start: '06:00', end: '09:00' }]
    desk.emit('shifts:changed', {})
    await waitFor(() => expect(useShifts.getState().shifts).toEqual(shifts))
  })
})
