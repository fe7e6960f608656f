// The main window, created with the renderer sandboxed and isolated from Node.
import { app, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { rendererUrl, type RendererLocation } from './renderer-location'

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  // No developer console in an installed app: it would hand anyone at the PC `window.desk`.
  devTools: !app.isPackaged,
} as const

export function createMainWindow(location: RendererLocation, preloadPath: string, iconPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'ShiftDesk 客服工作台',
    icon: iconPath,
    autoHideMenuBar: true,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl(location))
  return win
}

/** `renderer` is the built renderer's folder, served as app://shiftdesk/. */
export function builtPaths(mainDir: string): { preload: string; renderer: string } {
  return { preload: join(mainDir, '../preload/index.js'), renderer: join(mainDir, '../renderer') }
}
