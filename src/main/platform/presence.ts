// Hands Electron's powerMonitor and Tray to the presence wiring (all logic is
// in presence-wiring.ts, tested with fakes). Called once from main/index.ts after the window opens.
import { app, BrowserWindow, powerMonitor } from 'electron'
import type { Scheduler } from '../services/clock'
import type { PresenceService } from '../services/presence/presence-service'
import type { PreferencesPort } from '../settings'
import { wirePresenceShell, type EventSource } from './presence-wiring'
import { createPresenceTray } from './tray'

export type PresenceWindows = { showWindow(): void; openQuickCapture(): void }

export type PresenceWiringDeps = { presence: PresenceService; events: EventSource; prefs: Pick<PreferencesPort, 'get'>; scheduler: Scheduler }

export function wirePresence(services: PresenceWiringDeps, windows: PresenceWindows, trayIconDir: string): void {
  wirePresenceShell(services.presence, services.events, () => services.prefs.get().language, {
    app,
    powerMonitor,
    timers: services.scheduler,
    createTray: (onChoose) => createPresenceTray(trayIconDir, onChoose),
    showWindow: windows.showWindow,
    openQuickCapture: windows.openQuickCapture,
    flashWindow: () => {
      for (const win of BrowserWindow.getAllWindows()) win.flashFrame(true)
    },
    onSessionEnd: (listener) => {
      for (const win of BrowserWindow.getAllWindows()) win.on('session-end', listener)
      app.on('browser-window-created', (_event, win) => win.on('session-end', listener))
    },
    quitApp: () => app.quit(),
  })
}
