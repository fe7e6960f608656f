// Every global hotkey wired as the app wires them, on the recording globalShortcut of the fake
// ports (no OS here): tests press keys and read what the registry and the features report.
import { wireHotkeys, type HotkeyWiringDeps } from '../../src/main/platform/hotkeys-wiring'
import type { FakePorts } from './fake-ports'

export type WindowRequest = 'show' | 'quick-capture' | 'quick-search'

/** `taken` keys belong to another program on the PC. */
export function wireTestHotkeys(services: HotkeyWiringDeps & { ports: unknown }, taken: string[] = []) {
  const keys = (services.ports as FakePorts).globalShortcut
  keys.taken.push(...taken)
  const windows: WindowRequest[] = []
  const wired = wireHotkeys(services, keys, false, {
    showWindow: () => windows.push('show'),
    openQuickCapture: () => windows.push('quick-capture'),
    toggleQuickSearch: () => windows.push('quick-search'),
  })
  return { keys, windows, registry: wired.registry, release: wired.release }
}
