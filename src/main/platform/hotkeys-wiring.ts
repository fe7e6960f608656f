// Binds every feature's global hotkey through the one HotkeyRegistry, re-binds when a feature's
// settings change, and passes each result back: to the feature's own status (presence snapshot,
// stats and quick-search settings) and to Settings' list (HotkeyBoard). No Electron here: the
// app hands in Electron's globalShortcut and window actions (main/index.ts), the e2e test server
// a recording double.
import type { EventName, EventPayload } from '../../shared/contract'
import type { HotkeyBinding, HotkeyId } from '../../shared/ipc/hotkeys'
import { HOTKEY_ACTIONS, type HotkeyAction } from '../../shared/ipc/stats-hotkeys'
import type { GlobalShortcutPort } from '../ports'
import type { HotkeyBoard } from '../services/hotkeys/hotkey-board'
import type { PresenceService } from '../services/presence/presence-service'
import type { QuickReplyService } from '../services/replies/quick-replies'
import type { Session } from '../services/session'
import type { SettingsService } from '../services/settings/settings-service'
import type { ServiceStats } from '../services/stats/service-stats'
import { HotkeyRegistry } from './hotkey-registry'
import { presenceHotkeyAction } from './presence-wiring'

/** What the hotkeys do that needs a window (the app opens real ones; the test server counts). */
export type HotkeyWindows = {
  showWindow(): void
  openQuickCapture(): void
  toggleQuickSearch(): void
}

export type HotkeyWiringDeps = {
  events: { subscribe(listener: <E extends EventName>(name: E, payload: EventPayload<E>) => void): () => void }
  presence: Pick<PresenceService, 'snapshot' | 'setHotkeyRegistered' | 'toggle'>
  session: Pick<Session, 'lock'>
  /** Re-binds on the one settings change event. */
  settings: Pick<SettingsService, 'get' | 'onSectionChange'>
  quickReplies: Pick<QuickReplyService, 'setHotkeyState'>
  serviceStats: Pick<ServiceStats, 'setHotkeyStatus' | 'tallyFromHotkey' | 'undoFromHotkey'>
  hotkeyBoard: Pick<HotkeyBoard, 'report'>
}

const statsId = (action: HotkeyAction): HotkeyId => `stats.${action}`

/** Binds them all now; the returned function releases every hotkey (call it on quit). */
export function wireHotkeys(deps: HotkeyWiringDeps, shortcuts: GlobalShortcutPort, isMac: boolean, windows: HotkeyWindows): { registry: HotkeyRegistry; release(): void } {
  const registry = new HotkeyRegistry(shortcuts, isMac)
  const stopReporting = registry.onChange((bindings) => {
    deps.hotkeyBoard.report(bindings)
    tellFeatures(bindings)
  })

  // Each feature hears its own result in the shape its screen already shows.
  function tellFeatures(bindings: readonly HotkeyBinding[]): void {
    const state = (id: HotkeyId) => bindings.find((b) => b.id === id)
    const presence = state('presence.toggle')
    const registered = !presence || presence.state === 'off' ? null : presence.state === 'registered'
    // Only on a change: reporting publishes a snapshot, which comes back to bindPresence.
    if (deps.presence.snapshot().hotkey.registered !== registered) deps.presence.setHotkeyRegistered(registered)
    deps.quickReplies.setHotkeyState({ available: true, registered: state('replies.quickSearch')?.state === 'registered' })
    const failed = HOTKEY_ACTIONS.flatMap((action) => {
      const binding = state(statsId(action))
      return binding && (binding.state === 'taken' || binding.state === 'collides') ? [binding.accelerator] : []
    })
    deps.serviceStats.setHotkeyStatus({ available: true, failed })
  }

  const togglePresence = presenceHotkeyAction(deps.presence, windows.showWindow)
  const lock = () => deps.session.lock('hotkey')
  const bindPresence = (accelerator: string) => registry.bind('presence.toggle', accelerator, togglePresence)
  const bindLock = (accelerator: string) => registry.bind('lock', accelerator, lock)
  const bindQuickSearch = (accelerator: string) => registry.bind('replies.quickSearch', accelerator, windows.toggleQuickSearch)
  const bindQuickCapture = (accelerator: string) => registry.bind('register.quickCapture', accelerator, windows.openQuickCapture)
  const bindStats = () => {
    const settings = deps.settings.get('stats')
    for (const action of HOTKEY_ACTIONS) {
      const run = action === 'undo' ? () => deps.serviceStats.undoFromHotkey() : () => deps.serviceStats.tallyFromHotkey(action)
      registry.bind(statsId(action), settings.hotkeysEnabled ? settings.hotkeys[action] : '', run)
    }
  }

  bindPresence(deps.presence.snapshot().hotkey.accelerator)
  bindLock(deps.settings.get('sharedPc').lockHotkey)
  bindQuickCapture(deps.settings.get('hotkeys').quickCapture)
  bindQuickSearch(deps.settings.get('replies').hotkey)
  bindStats()

  const unsubscribers = [
    deps.events.subscribe((name, payload) => {
      if (name === 'presence:snapshot') bindPresence((payload as EventPayload<'presence:snapshot'>).hotkey.accelerator)
    }),
    deps.settings.onSectionChange('sharedPc', (settings) => bindLock(settings.lockHotkey)),
    deps.settings.onSectionChange('hotkeys', (settings) => bindQuickCapture(settings.quickCapture)),
    deps.settings.onSectionChange('replies', (settings) => bindQuickSearch(settings.hotkey)),
    deps.settings.onSectionChange('stats', bindStats),
  ]
  return {
    registry,
    release() {
      for (const unsubscribe of unsubscribers) unsubscribe()
      stopReporting()
      registry.releaseAll()
    },
  }
}
