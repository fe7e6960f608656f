// The quick-search window over the chat client: a global hotkey (bound in hotkeys-wiring.ts with
// the others) or the in-app button opens a small always-on-top
// window showing only the compact reply search (the renderer's `#quick-search` route). It is
// created on first use, hidden when it loses focus or after a copy, and reused afterwards.
import { BrowserWindow } from 'electron'
import type { QuickReplyService } from '../services/replies/quick-replies'
import { rendererUrl, type RendererLocation } from '../renderer-location'
import { SECURE_WEB_PREFERENCES } from '../window'

export const QUICK_SEARCH_HASH = 'quick-search'

/** Returns what the quick-search hotkey does: show the window, or put it away when it has focus. */
export function wireQuickReplies(replies: Pick<QuickReplyService, 'setQuickSearchWindow'>, location: RendererLocation, preloadPath: string): { toggleQuickSearch(): void } {
  let win: BrowserWindow | null = null

  const create = (): BrowserWindow => {
    const created = new BrowserWindow({
      width: 600,
      height: 460,
      show: false,
      frame: false,
      resizable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      title: 'ShiftDesk 快捷回复',
      // The same sandboxed, isolated renderer as the main window (and the same hardening:
      // security.ts applies to every web contents the app creates).
      webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
    })
    created.once('ready-to-show', () => show(created))
    // Clicking back into the chat client puts it away; the hotkey brings it back.
    created.on('blur', () => created.hide())
    created.on('closed', () => {
      win = null
    })
    void created.loadURL(rendererUrl(location, QUICK_SEARCH_HASH))
    return created
  }

  const show = (target: BrowserWindow) => {
    if (target.isMinimized()) target.restore()
    target.center()
    target.show()
    target.focus()
  }

  const open = () => {
    if (win === null) win = create()
    else show(win)
  }
  const hide = () => win?.hide()
  const toggle = () => (win?.isVisible() && win.isFocused() ? hide() : open())

  replies.setQuickSearchWindow({ open, hide })
  return { toggleQuickSearch: toggle }
}
