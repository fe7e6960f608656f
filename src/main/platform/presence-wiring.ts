// The desktop side of presence, written against small Electron-like interfaces so it is unit
// tested with fakes: powerMonitor events become service signals, the idle clock is sampled on a
// timer, the tray mirrors the state, and quitting logs 'quit'. (Its global hotkey is bound with
// every other one in hotkeys-wiring.ts; `presenceHotkeyAction` is what it does.)
// platform/presence.ts hands in the real Electron objects and nothing else.
import { IDLE_SAMPLE_INTERVAL_SECONDS, type PresenceStatus } from '../../shared/domain'
import type { EventName, EventPayload, Language } from '../../shared/contract'
import type { Scheduler } from '../services/clock'
import type { PresenceService, PresenceSignalKind } from '../services/presence/presence-service'
import { presenceTexts } from '../services/presence/presence-messages'
import { presenceTrayModel, type TrayAction, type TrayModel } from './tray-menu'

export type PowerMonitorLike = {
  on(event: string, listener: () => void): unknown
  removeListener(event: string, listener: () => void): unknown
}
export type AppLike = { on(event: 'before-quit' | 'will-quit', listener: () => void): unknown }
export type TrayView = { update(model: TrayModel): void; destroy(): void }
export type TrayChoice = { status: PresenceStatus } | { action: TrayAction }
export type Timers = Pick<Scheduler, 'setInterval' | 'clearInterval'>
export type EventSource = { subscribe(listener: <E extends EventName>(name: E, payload: EventPayload<E>) => void): () => void }

export type PresenceDriver = Pick<PresenceService, 'tick' | 'signal' | 'quit' | 'snapshot' | 'set' | 'toggle'>

/** The OS events the policy knows, under powerMonitor's own names. */
const POWER_MONITOR_SIGNALS: readonly PresenceSignalKind[] = ['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown']

/** powerMonitor events become signals; the idle clock is sampled every IDLE_SAMPLE_INTERVAL_SECONDS. */
export function connectPowerMonitor(powerMonitor: PowerMonitorLike, presence: Pick<PresenceDriver, 'tick' | 'signal'>, timers: Timers): () => void {
  const listeners = POWER_MONITOR_SIGNALS.map((kind) => {
    const listener = () => presence.signal(kind)
    powerMonitor.on(kind, listener)
    return [kind, listener] as const
  })
  const timer = timers.setInterval(() => presence.tick(), IDLE_SAMPLE_INTERVAL_SECONDS * 1000)
  return () => {
    timers.clearInterval(timer)
    for (const [kind, listener] of listeners) powerMonitor.removeListener(kind, listener)
  }
}

/** Runs a presence change from outside the window; brings the window up when it needs the agent. */
function chooseThenShow(action: () => { needsConfirmation: unknown } | null, showWindow: () => void): void {
  try {
    const result = action()
    if (result === null || result.needsConfirmation) showWindow()
  } catch {
    showWindow() // e.g. nobody signed in yet: the window says what to do.
  }
}

/** The presence hotkey: leave at once when at work; coming online asks in the window. */
export function presenceHotkeyAction(presence: Pick<PresenceDriver, 'toggle'>, showWindow: () => void): () => void {
  return () => chooseThenShow(() => presence.toggle('hotkey'), showWindow)
}

export type PresenceShell = {
  app: AppLike
  powerMonitor: PowerMonitorLike
  createTray(onChoose: (choice: TrayChoice) => void): TrayView
  timers: Timers
  /** Brings the main window forward (to confirm going online outside the shift, or from the tray). */
  showWindow(): void
  /** Opens the issue register's quick-capture window (the tray's "quick note" item). */
  openQuickCapture(): void
  /** Makes the taskbar entry flash until the agent looks (an auto-offline must be noticed). */
  flashWindow(): void
  /** Windows ends a session (log off, forced shutdown) through the windows, not powerMonitor. */
  onSessionEnd(listener: () => void): void
  quitApp(): void
}

export function wirePresenceShell(presence: PresenceDriver, events: EventSource, language: () => Language, shell: PresenceShell): () => void {
  const tray = shell.createTray((choice) => {
    if ('status' in choice) choose(() => presence.set(choice.status, { source: 'tray' }))
    else if (choice.action === 'show') shell.showWindow()
    else if (choice.action === 'capture') shell.openQuickCapture()
    else shell.quitApp()
  })

  const choose = (action: () => { needsConfirmation: unknown } | null) => chooseThenShow(action, shell.showWindow)

  function render(snapshot: ReturnType<PresenceDriver['snapshot']>): void {
    tray.update(presenceTrayModel(snapshot, presenceTexts(language())))
  }

  const unsubscribe = events.subscribe((name, payload) => {
    if (name === 'presence:snapshot') render(payload as EventPayload<'presence:snapshot'>)
    else if (name === 'presence:confirmOnline') shell.showWindow()
    else if (name === 'presence:changed' && (payload as EventPayload<'presence:changed'>).auto) shell.flashWindow()
  })
  const disconnect = connectPowerMonitor(shell.powerMonitor, presence, shell.timers)
  shell.app.on('before-quit', () => presence.quit())
  shell.onSessionEnd(() => presence.quit())
  render(presence.snapshot())

  const dispose = () => {
    unsubscribe()
    disconnect()
    tray.destroy()
  }
  shell.app.on('will-quit', dispose)
  return dispose
}
