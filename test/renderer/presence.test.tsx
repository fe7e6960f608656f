import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PresenceSnapshot } from '../../src/shared/ipc/presence'
import { initI18n } from '../../src/renderer/i18n'
import { PresenceControl } from '../../src/renderer/features/presence/PresenceControl'
import { PresenceBanners } from '../../src/renderer/features/presence/PresenceBanners'
import { usePresence } from '../../src/renderer/features/presence/presence-store'
import { useNavigation } from '../../src/renderer/features/shell/navigation-store'
import { SchedulerProvider, browserScheduler, type Scheduler } from '../../src/renderer/lib/scheduler'
import { installFakeDesk } from './helpers/fake-desk'
import { manualScheduler } from './helpers/manual-scheduler'

const at = new Date(2026, 10, 23, 14, 2).getTime()

function snapshot(patch: Partial<PresenceSnapshot> = {}): PresenceSnapshot {
  return {
    status: 'offline',
    reason: 'startup',
    since: at,
    warning: null,
    autoOffline: null,
    shift: { current: null, endPrompt: null },
    idle: { source: 'os', capability: 'ok', limitSeconds: 180, warnBeforeSeconds: 30 },
    lockEvents: true,
    hotkey: { accelerator: 'CommandOrControl+Alt+O', registered: true },
    failures: [],
    ...patch,
  }
}

function setup(initial: PresenceSnapshot, answers: Record<string, (input: never) => unknown> = {}, scheduler: Scheduler = browserScheduler) {
  let current = initial
  const desk = installFakeDesk({
    'presence:state': () => current,
    'presence:set': ({ status, confirmOutsideShift }: { status: 'online' | 'paused' | 'offline'; confirmOutsideShift?: boolean }) => {
      current = { ...current, status, reason: 'manual', autoOffline: status === 'offline' ? current.autoOffline : null }
      return { snapshot: current, needsConfirmation: null, confirmOutsideShift }
    },
    'presence:activity': () => null,
    'presence:dismissNotice': () => ({ ...current, autoOffline: null }),
    'presence:endShift': () => ({ ...current, status: 'offline', reason: 'shift-end', shift: { current: null, endPrompt: null } }),
    'presence:extendShift': () => current,
    ...answers,
  })
  render(
    <SchedulerProvider value={scheduler}>
      <AntApp>
        <PresenceControl />
        <PresenceBanners />
      </AntApp>
    </SchedulerProvider>,
  )
  return desk
}

describe('presence in the header', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    usePresence.setState({ snapshot: null, confirming: null })
    useNavigation.setState({ section: 'replies' })
  })

  it('shows the state in words and in the window title, and changes it with one click', async () => {
    const desk = setup(snapshot())
    const toggle = await screen.findByTestId('presence-toggle')
    expect(await screen.findByRole('button', { name: /离线/, pressed: true })).toBeInTheDocument()
    expect(document.title).toBe('【离线】ShiftDesk 客服工作台')
    await userEvent.click(within(toggle).getByRole('button', { name: /在线/ }))
    expect(desk.calls.find((c) => c.channel === 'presence:set')?.input).toEqual({ status: 'online' })
    expect(await screen.findByRole('button', { name: /在线/, pressed: true })).toBeInTheDocument()
    expect(toggle).toHaveAttribute('data-status', 'online')
    expect(document.title).toBe('【在线】ShiftDesk 客服工作台')
  })

  it('asks before going online outside the shift and goes online only when confirmed', async () => {
    const desk = setup(snapshot(), {
      'presence:set': ({ confirmOutsideShift }: { confirmOutsideShift?: boolean }) =>
        confirmOutsideShift
          ? { snapshot: snapshot({ status: 'online', reason: 'manual' }), needsConfirmation: null }
          : { snapshot: snapshot(), needsConfirmation: { kind: 'outside-shift', nextShiftStart: null } },
    })
    await userEvent.click(await screen.findByTestId('presence-online'))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('现在不在你的班次内')
    expect(screen.getByTestId('presence-toggle')).toHaveAttribute('data-status', 'offline')
    await userEvent.click(within(dialog).getByRole('button', { name: '确定上线' }))
    expect(desk.calls.filter((c) => c.channel === 'presence:set').map((c) => c.input)).toEqual([{ status: 'online' }, { status: 'online', confirmOutsideShift: true }])
    expect(await screen.findByRole('button', { name: /在线/, pressed: true })).toBeInTheDocument()
  })

  it('opens the confirmation when the tray or hotkey asked main to go online outside the shift', async () => {
    const desk = setup(snapshot())
    await screen.findByTestId('presence-toggle')
    act(() => desk.emit('presence:confirmOnline', { nextShiftStart: null }))
    expect(await screen.findByRole('dialog')).toHaveTextContent('排班里没有下一个班次')
  })

  it('warns before the idle auto-offline, then tells what happened and offers the only way back', async () => {
    const desk = setup(snapshot({ status: 'online', reason: 'manual' }))
    await screen.findByTestId('presence-toggle')
    act(() => desk.emit('presence:snapshot', snapshot({ status: 'online', warning: { offlineAt: Date.now() + 30_000 } })))
    expect(await screen.findByTestId('presence-warning')).toHaveTextContent(/还在电脑前吗？(30|29) 秒后自动离线/)

    const offline = snapshot({
      status: 'offline',
      reason: 'idle',
      autoOffline: { change: { status: 'offline', reason: 'idle', at, awayMs: 3 * 60_000 }, returnedAt: at + 14 * 60_000 },
    })
    act(() => desk.emit('presence:snapshot', offline))
    expect(screen.queryByTestId('presence-warning')).not.toBeInTheDocument()
    const notice = await screen.findByTestId('presence-auto-offline')
    expect(notice).toHaveTextContent('14:02 因 3 分钟没有操作自动离线，你离开了 17 分钟')
    expect(notice).toHaveTextContent('不会自己恢复在线')
    await userEvent.click(within(notice).getByRole('button', { name: '重新上线' }))
    expect(desk.calls.filter((c) => c.channel === 'presence:set').at(-1)?.input).toEqual({ status: 'online' })
    expect(screen.queryByTestId('presence-auto-offline')).not.toBeInTheDocument()
  })

  it('at the end of the shift, writes the handover: offline with shift-end and off to the handover section', async () => {
    const desk = setup(snapshot({ status: 'online', reason: 'manual', shift: { current: { shiftId: 'day', date: '2026-11-23', endsAt: at }, endPrompt: { shiftId: 'day', endsAt: at } } }))
    const prompt = await screen.findByTestId('presence-shift-end')
    expect(prompt).toHaveTextContent('白班已在 14:02 结束')
    await userEvent.click(within(prompt).getByRole('button', { name: '写交接并下线' }))
    expect(desk.calls.some((c) => c.channel === 'presence:endShift')).toBe(true)
    expect(useNavigation.getState().section).toBe('handover')
  })

  it('reports input in the window to main at most once every 2 seconds, never losing the latest', async () => {
    const clock = manualScheduler(at)
    const desk = setup(snapshot(), {}, clock)
    await screen.findByTestId('presence-toggle')
    const reports = () => desk.calls.filter((c) => c.channel === 'presence:activity').length
    for (let i = 0; i < 20; i++) fireEvent.mouseMove(window)
    fireEvent.keyDown(window, { key: 'a' })
    expect(reports()).toBe(1)
    // The input during the pause is sent when the pause ends, once.
    act(() => clock.advance(1_999))
    expect(reports()).toBe(1)
    act(() => clock.advance(1))
    expect(reports()).toBe(2)
    act(() => clock.advance(5_000))
    expect(reports()).toBe(2)
    // After a quiet spell the next input goes out at once.
    fireEvent.mouseMove(window)
    expect(reports()).toBe(3)
    expect(clock.pending()).toBe(0)
  })
})
