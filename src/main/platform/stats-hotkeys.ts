// The tally hotkeys on Electron's globalShortcut, so an agent can count a customer without
// leaving the chat client. Global shortcuts are unreliable on Wayland: the stats screen always
// offers the same keys inside the window too.
import { app, globalShortcut } from 'electron'
import { bindStatsHotkeys } from '../services/stats/hotkey-binding'
import type { ServiceStats } from '../services/stats/service-stats'

export function wireStatsHotkeys(stats: ServiceStats): void {
  const unbind = bindStatsHotkeys(stats, globalShortcut)
  app.on('will-quit', unbind)
}
