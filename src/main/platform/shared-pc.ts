// Hands main's scheduler to the shared-PC lock wiring. Called once from main/index.ts; the
// in-window button and shortcut work where global shortcuts do not.
import { app } from 'electron'
import type { Scheduler } from '../services/clock'
import { wireSharedPcLockShell, type SharedPcServices } from './shared-pc-wiring'

export function wireSharedPcLock(services: SharedPcServices & { scheduler: Scheduler }): void {
  const unwire = wireSharedPcLockShell(services, services.scheduler)
  app.on('will-quit', unwire)
}
