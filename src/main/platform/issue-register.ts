// The issue register's desktop wiring: the global quick-capture hotkey. (Follow-ups falling due
// are checked by the background work, main/background-work.ts.) Called once from main/index.ts.
// The returned `openQuickCapture` also backs the tray menu's "quick note" item (see presence wiring).
import { app, globalShortcut } from 'electron'
import type { RendererLocation } from '../renderer-location'
import { openQuickCapture } from './quick-capture'

/** Ctrl+Alt+J (记): free in Qianniu/Wangwang and the Chinese IMEs (Ctrl+Space, Ctrl+Shift are taken). */
export const QUICK_CAPTURE_ACCELERATOR = 'CommandOrControl+Alt+J'

export function wireIssueRegister(location: RendererLocation, preloadPath: string): { openQuickCapture(): void } {
  const open = () => openQuickCapture(location, preloadPath)
  // On Wayland or when another app holds the keys this fails quietly: Ctrl+Shift+N inside the window still works.
  const registered = globalShortcut.register(QUICK_CAPTURE_ACCELERATOR, open)
  app.on('will-quit', () => {
    if (registered) globalShortcut.unregister(QUICK_CAPTURE_ACCELERATOR)
  })
  return { openQuickCapture: open }
}
