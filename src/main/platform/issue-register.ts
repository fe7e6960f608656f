// The issue register's desktop wiring: the global quick-capture hotkey and the timer that
// checks follow-ups falling due (system notification + badge). The search index has its own
// upkeep timer (services/search/search-upkeep.ts).
// Called once from main/index.ts.
// The returned `openQuickCapture` also backs the tray menu's "quick note" item (see presence wiring).
import { app, globalShortcut } from 'electron'
import type { IssueRegisterService } from '../services/register/issue-register'
import type { RendererLocation } from '../renderer-location'
import { openQuickCapture } from './quick-capture'

/** Ctrl+Alt+J (记): free in Qianniu/Wangwang and the Chinese IMEs (Ctrl+Space, Ctrl+Shift are taken). */
export const QUICK_CAPTURE_ACCELERATOR = 'CommandOrControl+Alt+J'
const REMINDER_CHECK_MS = 30_000

export type IssueRegisterWiringDeps = { issueRegister: Pick<IssueRegisterService, 'tick'> }

export function wireIssueRegister(services: IssueRegisterWiringDeps, location: RendererLocation, preloadPath: string): { openQuickCapture(): void } {
  const open = () => openQuickCapture(location, preloadPath)
  // On Wayland or when another app holds the keys this fails quietly: Ctrl+Shift+N inside the window still works.
  const registered = globalShortcut.register(QUICK_CAPTURE_ACCELERATOR, open)
  const check = () => {
    try {
      services.issueRegister.tick()
    } catch (error) {
      console.error('[register] reminder check failed', error)
    }
  }
  check()
  const timer = setInterval(check, REMINDER_CHECK_MS)
  app.on('will-quit', () => {
    clearInterval(timer)
    if (registered) globalShortcut.unregister(QUICK_CAPTURE_ACCELERATOR)
  })
  return { openQuickCapture: open }
}
