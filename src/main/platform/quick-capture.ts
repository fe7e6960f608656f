// The quick-capture window: a small always-on-top window showing only the renderer's capture
// form (`#capture`), so an agent notes a question without leaving the chat. Enter saves and the
// form closes the window; the OS then gives focus back to the chat client.
import { BrowserWindow } from 'electron'
import { rendererUrl, type RendererLocation } from '../renderer-location'
import { SECURE_WEB_PREFERENCES } from '../window'

export const CAPTURE_HASH = 'capture'

let captureWindow: BrowserWindow | null = null

function createCaptureWindow(location: RendererLocation, preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 520,
    height: 300,
    resizable: false,
    minimizable: false,
    maximizable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    show: false,
    title: '记一笔 · ShiftDesk',
    autoHideMenuBar: true,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl(location, CAPTURE_HASH))
  win.on('closed', () => {
    captureWindow = null
  })
  return win
}

/** Opens the capture window, or brings the open one to the front. For hotkeys and the tray menu. */
export function openQuickCapture(location: RendererLocation, preloadPath: string): void {
  if (captureWindow && !captureWindow.isDestroyed()) {
    captureWindow.show()
    captureWindow.focus()
    return
  }
  captureWindow = createCaptureWindow(location, preloadPath)
}
