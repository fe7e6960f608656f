// Issue 15 (ids): a shift added in the schedule editor is sent without an id, so main gives it a
// UUID v7 from its IdSource; the shifts already stored keep theirs.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Shift } from '../../src/shared/contract'
import type { ShiftDraft } from '../../src/shared/ipc/shifts'
import { initI18n } from '../../src/renderer/i18n'
import { ShiftScheduleCard } from '../../src/renderer/features/shifts/ShiftScheduleCard'
import { useShifts } from '../../src/renderer/features/shifts/shift-store'
import { installFakeDesk } from './helpers/fake-desk'

describe('the shift schedule editor', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useShifts.setState({ shifts: null })
  })

  it('sends a new shift without an id and shows the one main gave it', async () => {
    let shifts: Shift[] = [
      { id: 'day', name: '', start: '09:00', end: '16:30' },
      { id: 'night', name: '', start: '16:00', end: '22:30' },
    ]
    const desk = installFakeDesk({
      'shifts:schedule': () => ({ shifts }),
      'shifts:saveSchedule': ({ shifts: drafts }: { shifts: ShiftDraft[] }) => {
        shifts = drafts.map(({ id, ...rest }) => ({ id: id ?? '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', ...rest }))
        return { shifts }
      },
    })
    render(
      <AntApp>
        <ShiftScheduleCard />
      </AntApp>,
    )
    await userEvent.click(await screen.findByRole('button', { name: '添加班次' }))
    expect(screen.getByDisplayValue('班次3')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '保 存' }))
    await waitFor(() => expect(desk.calls.find((c) => c.channel === 'shifts:saveSchedule')?.input).toEqual({
      shifts: [
        { id: 'day', name: '', start: '09:00', end: '16:30' },
        { id: 'night', name: '', start: '16:00', end: '22:30' },
        { name: '班次3', start: '12:00', end: '18:00' },
      ],
    }))
    expect(await screen.findByText('班次已保存。')).toBeInTheDocument()
    // The saved list is the stored one again: nothing left to save.
    expect(screen.getByRole('button', { name: '保 存' })).toBeDisabled()
  })

  it("takes a schedule synced from another PC while nothing is edited, and keeps the lead's unsaved edit otherwise, offering the new one", async () => {
    let shifts: Shift[] = [{ id: 'day', name: '', start: '09:00', end: '16:30' }]
    installFakeDesk({ 'shifts:schedule': () => ({ shifts }) })
    render(
      <AntApp>
        <ShiftScheduleCard />
      </AntApp>,
    )
    expect(await screen.findByDisplayValue('16:30')).toBeInTheDocument()
    // What the header does on shifts:changed: the store loads the schedule again.
    const arrive = async (next: Shift[]) => {
      shifts = next
      await useShifts.getState().load()
    }
    await arrive([{ id: 'day', name: '', start: '08:30', end: '16:30' }])
    expect(await screen.findByDisplayValue('08:30')).toBeInTheDocument()

    await userEvent.type(screen.getByRole('textbox', { name: '班次名称' }), '早')
    await arrive([{ id: 'day', name: '', start: '08:00', end: '16:30' }])
    expect(await screen.findByText('排班刚在另一台电脑上改过。')).toBeInTheDocument()
    expect(screen.getByDisplayValue('早')).toBeInTheDocument()
    expect(screen.getByDisplayValue('08:30')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '改用新的排班' }))
    expect(screen.getByDisplayValue('08:00')).toBeInTheDocument()
    expect(screen.queryByText('排班刚在另一台电脑上改过。')).not.toBeInTheDocument()
  })
})
