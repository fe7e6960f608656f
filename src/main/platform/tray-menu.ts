// What the tray shows for a presence state: the icon (by status), a tooltip with the status in
// words (colour alone is not enough) and the menu. Plain data, so it is tested without Electron.
import type { PresenceStatus } from '../../shared/domain'
import type { PresenceSnapshot } from '../../shared/ipc/presence'
import type { PresenceTexts } from '../services/presence/presence-messages'

export type TrayItem =
  | { kind: 'status'; status: PresenceStatus; label: string; checked: boolean }
  | { kind: 'info'; label: string }
  | { kind: 'action'; action: TrayAction; label: string }
  | { kind: 'separator' }

/** 'capture' opens the issue register's quick-capture window, as its global hotkey does. */
export type TrayAction = 'show' | 'capture' | 'quit'

export type TrayModel = { icon: PresenceStatus; tooltip: string; items: TrayItem[] }

export function presenceTrayModel(snapshot: Pick<PresenceSnapshot, 'status' | 'hotkey'>, texts: PresenceTexts): TrayModel {
  const statusItem = (status: PresenceStatus, label: string): TrayItem => ({ kind: 'status', status, label, checked: snapshot.status === status })
  const items: TrayItem[] = [
    statusItem('online', texts.status.online),
    statusItem('paused', texts.tray.paused),
    statusItem('offline', texts.status.offline),
  ]
  if (snapshot.hotkey.accelerator !== '' && snapshot.hotkey.registered) items.push({ kind: 'info', label: texts.tray.hotkey(snapshot.hotkey.accelerator) })
  items.push(
    { kind: 'separator' },
    { kind: 'action', action: 'show', label: texts.tray.show },
    { kind: 'action', action: 'capture', label: texts.tray.capture },
    { kind: 'action', action: 'quit', label: texts.tray.quit },
  )
  return { icon: snapshot.status, tooltip: texts.tray.tooltip(snapshot.status), items }
}
