// The desktop adapter with a FAKE power monitor, global shortcut, tray and timers around the REAL
// presence service (real SQLite): OS signals become presence changes, the tray follows, and the
// hotkey (bound through the one registry, test/helpers/hotkeys.ts) toggles.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { connectPowerMonitor, wirePresenceShell, type TrayChoice, type TrayView } from '../../../../src/main/platform/presence-wiring'
import type { TrayModel } from '../../../../src/main/platform/tray-menu'
import { wireTestHotkeys } from '../../../helpers/hotkeys'
import { useTempDir } from '../../../helpers/temp-dir'
import { local, MIN, openPresence, storedLog } from './helpers'

const tempDir = useTempDir()

function fakeTimers() {
  const timers = { intervals: [] as { fn: () => void; ms: number; cleared: boolean }[] }
  return {
    ...timers,
    setInterval(fn: () => void, ms: number) {
      const t = { fn, ms, cleared: false }
      timers.intervals.push(t)
      return t
    },
    clearInterval(handle: unknown) {
      ;(handle as { cleared: boolean }).cleared = true
    },
  }
}

function shell() {
  const app = new EventEmitter()
  const powerMonitor = new EventEmitter()
  const timers = fakeTimers()
  const trayModels: TrayModel[] = []
  let choose: (choice: TrayChoice) => void = () => undefined
  let destroyed = false
  let shown = 0
  let quit = 0
  let flashed = 0
  let captures = 0
  const windows = new EventEmitter()
  const parts = {
    app,
    powerMonitor,
    timers,
    createTray(onChoose: (choice: TrayChoice) => void): TrayView {
      choose = onChoose
      return { update: (m) => trayModels.push(m), destroy: () => void (destroyed = true) }
    },
    showWindow: () => void shown++,
    openQuickCapture: () => void captures++,
    flashWindow: () => void flashed++,
    onSessionEnd: (listener: () => void) => void windows.on('session-end', listener),
    quitApp: () => void quit++,
  }
  return {
    parts,
    trayModels,
    tray: () => trayModels.at(-1)!,
    choose: (c: TrayChoice) => choose(c),
    shown: () => shown,
    captures: () => captures,
    quit: () => quit,
    flashed: () => flashed,
    windows,
    destroyed: () => destroyed,
  }
}

describe('connectPowerMonitor', () => {
  it('maps each powerMonitor event to its signal, samples idle every 5 s, and lets go on dispose', () => {
    const powerMonitor = new EventEmitter()
    const timers = fakeTimers()
    const seen: string[] = []
    const dispose = connectPowerMonitor(powerMonitor, { signal: (k) => void seen.push(k), tick: () => void seen.push('tick') }, timers)
    for (const event of ['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown']) powerMonitor.emit(event)
    expect(timers.intervals).toHaveLength(1)
    expect(timers.intervals[0]!.ms).toBe(5_000)
    timers.intervals[0]!.fn()
    expect(seen).toEqual(['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown', 'tick'])
    dispose()
    expect(powerMonitor.eventNames()).toEqual([])
    expect(timers.intervals[0]!.cleared).toBe(true)
  })
})

describe('wirePresenceShell', () => {
  it('takes the agent offline on lock and suspend, with the tray showing offline in words and icon', () => {
    const f = openPresence(tempDir())
    const s = shell()
    wirePresenceShell(f.ctx.services.presence, f.ctx.services.events, () => 'zh-CN', s.parts)
    expect(s.tray()).toMatchObject({ icon: 'offline', tooltip: '客服工作台 · 离线' })
    f.ctx.services.presence.set('online')
    expect(s.tray()).toMatchObject({ icon: 'online', tooltip: '客服工作台 · 在线' })
    s.parts.powerMonitor.emit('lock-screen')
    expect(s.tray()).toMatchObject({ icon: 'offline' })
    f.ctx.services.presence.set('paused')
    s.parts.powerMonitor.emit('suspend')
    s.parts.powerMonitor.emit('resume')
    expect(f.ctx.services.presence.snapshot()).toMatchObject({ status: 'offline', reason: 'suspend' })
    expect(storedLog(f.ctx, f.profileId).map((r) => r.reason)).toEqual(['startup', 'manual', 'lock', 'manual', 'suspend'])
    // Each auto-offline makes the taskbar entry flash; a manual change does not.
    expect(s.flashed()).toBe(2)
    f.ctx.close()
  })

  it('logs quit when Windows ends the session (log off, forced shutdown)', () => {
    const f = openPresence(tempDir())
    const s = shell()
    wirePresenceShell(f.ctx.services.presence, f.ctx.services.events, () => 'zh-CN', s.parts)
    f.ctx.services.presence.set('online')
    s.windows.emit('session-end')
    expect(storedLog(f.ctx, f.profileId).at(-1)).toMatchObject({ status: 'offline', reason: 'quit' })
    f.ctx.close()
  })

  it('samples the idle clock on its timer, so idleness takes the agent offline', () => {
    const f = openPresence(tempDir())
    const s = shell()
    wirePresenceShell(f.ctx.services.presence, f.ctx.services.events, () => 'zh-CN', s.parts)
    f.ctx.services.presence.set('online')
    f.ports.idle.set(180)
    f.clock.advance(3 * MIN)
    s.parts.timers.intervals[0]!.fn()
    expect(f.ctx.services.presence.snapshot()).toMatchObject({ status: 'offline', reason: 'idle' })
    f.ctx.close()
  })

  it('changes the state from the tray menu, asks in the window outside the shift, and opens or quits', () => {
    const f = openPresence(tempDir(), local(23))
    const s = shell()
    wirePresenceShell(f.ctx.services.presence, f.ctx.services.events, () => 'en', s.parts)
    s.choose({ status: 'online' })
    expect(f.ctx.services.presence.snapshot().status).toBe('offline')
    expect(s.shown()).toBeGreaterThanOrEqual(1)
    s.choose({ status: 'paused' })
    expect(s.tray()).toMatchObject({ icon: 'paused', tooltip: 'ShiftDesk · Paused' })
    expect(s.tray().items.filter((i) => i.kind === 'status')).toEqual([
      { kind: 'status', status: 'online', label: 'Online', checked: false },
      { kind: 'status', status: 'paused', label: 'Paused (no new customers)', checked: true },
      { kind: 'status', status: 'offline', label: 'Offline', checked: false },
    ])
    s.choose({ action: 'quit' })
    expect(s.quit()).toBe(1)
    f.ctx.close()
  })

  it('opens the issue register quick capture from the tray, without changing the state or showing the main window', () => {
    const f = openPresence(tempDir())
    const s = shell()
    wirePresenceShell(f.ctx.services.presence, f.ctx.services.events, () => 'zh-CN', s.parts)
    expect(s.tray().items).toContainEqual({ kind: 'action', action: 'capture', label: '记一笔（问题登记本）' })
    const shownBefore = s.shown()
    s.choose({ action: 'capture' })
    expect(s.captures()).toBe(1)
    expect(s.shown()).toBe(shownBefore)
    expect(s.quit()).toBe(0)
    expect(f.ctx.services.presence.snapshot().status).toBe('offline')
    f.ctx.close()
  })

  it('toggles with the global hotkey, re-registers a changed hotkey and reports one the OS refused', () => {
    const f = openPresence(tempDir(), local(10))
    const s = shell()
    const presence = f.ctx.services.presence
    wirePresenceShell(presence, f.ctx.services.events, () => 'zh-CN', s.parts)
    const { keys } = wireTestHotkeys(f.ctx.services)
    expect(keys.held.has('CommandOrControl+Alt+O')).toBe(true)
    expect(presence.snapshot().hotkey).toEqual({ accelerator: 'CommandOrControl+Alt+O', registered: true })
    expect(s.tray().items).toContainEqual({ kind: 'info', label: '快捷键：CommandOrControl+Alt+O' })
    keys.press('CommandOrControl+Alt+O')
    expect(presence.snapshot().status).toBe('online')
    keys.press('CommandOrControl+Alt+O')
    expect(presence.snapshot().status).toBe('offline')

    presence.updateSettings({ hotkey: 'Control+Shift+F9' })
    expect(keys.held.has('Control+Shift+F9')).toBe(true)
    expect(keys.held.has('CommandOrControl+Alt+O')).toBe(false)
    presence.updateSettings({ hotkey: '' })
    expect(keys.held.has('Control+Shift+F9')).toBe(false)
    expect(presence.snapshot().hotkey).toEqual({ accelerator: '', registered: null })
    f.ctx.close()

    const g = openPresence(tempDir())
    wirePresenceShell(g.ctx.services.presence, g.ctx.services.events, () => 'zh-CN', shell().parts)
    wireTestHotkeys(g.ctx.services, ['CommandOrControl+Alt+O'])
    expect(g.ctx.services.presence.snapshot().hotkey).toEqual({ accelerator: 'CommandOrControl+Alt+O', registered: false })
    g.ctx.close()
  })

  it('logs quit before ShiftDesk exits and releases the tray, timer and listeners', () => {
    const f = openPresence(tempDir())
    const s = shell()
    wirePresenceShell(f.ctx.services.presence, f.ctx.services.events, () => 'zh-CN', s.parts)
    f.ctx.services.presence.set('online')
    s.parts.app.emit('before-quit')
    expect(storedLog(f.ctx, f.profileId).at(-1)).toMatchObject({ status: 'offline', reason: 'quit' })
    s.parts.app.emit('will-quit')
    expect(s.destroyed()).toBe(true)
    expect(s.parts.timers.intervals[0]!.cleared).toBe(true)
    expect(s.parts.powerMonitor.eventNames()).toEqual([])
    f.ctx.close()
  })
})
