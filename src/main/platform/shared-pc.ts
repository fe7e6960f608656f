// Hands Electron's globalShortcut and Node's timers to the shared-PC lock wiring. Called once
// from main/index.ts; the in-window button and shortcut work where global shortcuts do not.
import { app, globalShortcut } from 'electron'
import { wireSharedPcLockShell, type SharedPcServices } from './shared-pc-wiring'

export function wireSharedPcLock(services: SharedPcServices): void {
  const unwire = wireSharedPcLockShell(services, globalShortcut, {
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
  })
  app.on('will-quit', unwire)
}
