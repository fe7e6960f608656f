// Electron lifecycle: one instance per PC user (a second launch focuses the first window
// instead of opening the database twice), services up, IPC registered, window shown, and the
// database closed on the way out.
import { app, BrowserWindow, ipcMain } from 'electron'
import Store from 'electron-store'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DeskError, EVENT_BUS } from '../shared/contract'
import type { AppContext } from './app-context'
import { powerSyncPort } from './services/sync/power-sync-port'
import { teamCall } from './services/sync/team-connector'
import { startBackgroundWork } from './background-work'
import { resolveDataDir } from './data-dir'
import { systemClock } from './services/clock'
import { decideStartup } from './services/at-rest/startup-passphrase'
import { registerIpc } from './ipc/register'
import { installAppMenu } from './platform/app-menu'
import { osKeystore } from './platform/at-rest-key'
import { registerAppScheme, serveRenderer } from './platform/app-protocol'
import { showStartupError } from './platform/dialogs'
import { electronPorts } from './platform/ports'
import { wirePresence } from './platform/presence'
import { wireSharedPcLock } from './platform/shared-pc'
import { wireHotkeys } from './platform/hotkeys-wiring'
import { openQuickCapture } from './platform/quick-capture'
import { wireQuickReplies } from './platform/replies-hotkey'
import { isRendererUrl, type RendererLocation } from './renderer-location'
import { hardenApp } from './security'
import { cafeCopyOptions, openApp } from './open-app'
import { lastLanguage } from './settings'
import { StartupGate, type CafeDoor } from './startup-gate'
import { startupErrorText } from './startup-messages'
import { builtPaths, createMainWindow } from './window'

let context: AppContext | null = null
let stopBackgroundWork: (() => void) | null = null
let releaseHotkeys: (() => void) | null = null
let mainWindow: BrowserWindow | null = null

function rendererLocation(): RendererLocation {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  return !app.isPackaged && devUrl ? { kind: 'url', url: devUrl } : { kind: 'app', root: builtPaths(__dirname).renderer }
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function failStartup(error: unknown): void {
  const body = error instanceof DeskError ? error.toBody() : { code: 'internal' as const, message: String(error) }
  const text = startupErrorText(body, app.getLocale().startsWith('zh') ? 'zh-CN' : 'en')
  showStartupError(text.title, text.body)
  app.exit(1)
}

/** 网吧模式: started with this flag, ShiftDesk shows the café sign-in and never opens the PC's own data. */
const CAFE_FLAG = '--cafe'

/** A fresh process for café mode: nothing of the PC's own data (or of the last café session) stays in memory. */
function restartInCafe(): void {
  app.relaunch({ args: [...process.argv.slice(1).filter((arg) => arg !== CAFE_FLAG), CAFE_FLAG] })
  app.exit(0)
}

/** Temp files (the PDF report's page) and the export dialogs' default folder go inside the café copy, so sign-out removes them too. */
function keepFilesInside(folder: string): void {
  for (const [name, sub] of [['temp', 'temp'], ['documents', 'exports']] as const) {
    const dir = join(folder, sub)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    app.setPath(name, dir)
  }
}

/**
 * Encrypted at rest wherever the OS keystore is real (first start makes the key; a plaintext
 * folder is upgraded as it opens) or the PC owner set a start-up passphrase (the window then asks
 * for it before the database opens); plaintext, and Settings says so, otherwise. A PC whose
 * keystore cannot open the key may be given the recovery code in recovery-code.txt. In café mode
 * the PC's own data is not even looked at: the café door opens the agent's copy after sign-in.
 */
async function openGate(): Promise<StartupGate> {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'))
  const cafe: CafeDoor = { dataDir, call: (serverUrl) => teamCall(() => serverUrl), device: `ShiftDesk (${process.platform})`, dialog: electronPorts().dialog, restartInCafe, opened: keepFilesInside, signedOut: restartInCafe }
  const startup = process.argv.includes(CAFE_FLAG) ? null : await decideStartup(dataDir, osKeystore(process.platform), systemClock)
  return new StartupGate(
    startup,
    (shopKey, progress, cafeFolder) =>
      openApp(
        {
          dataDir,
          ...cafeCopyOptions(cafeFolder),
          databaseKey: shopKey.key,
          atRest: shopKey.status,
          Store,
          version: app.getVersion(),
          platform: process.platform,
          ports: electronPorts(),
          checkEventPayloads: !app.isPackaged,
          sync: powerSyncPort(),
        },
        progress,
      ),
    lastLanguage(dataDir),
    cafe,
  )
}

async function start(): Promise<void> {
  const location = rendererLocation()
  const isOwnUrl = (url: string) => isRendererUrl(location, url)
  hardenApp(isOwnUrl)
  if (location.kind === 'app') serveRenderer(location.root)
  installAppMenu(app.isPackaged)
  let gate: StartupGate
  try {
    gate = await openGate()
  } catch (error) {
    failStartup(error)
    return
  }
  // Without a key to apply, the data opens at once: a failure then (a database from a newer
  // ShiftDesk, a folder it cannot write) is told without a window ever showing.
  await new Promise((resolve) => setImmediate(resolve))
  const failedAtOnce = gate.failed()
  if (failedAtOnce) {
    failStartup(failedAtOnce.error)
    return
  }
  const log = (message: string, error: unknown) => console.error(`[ipc] ${message}`, error)
  registerIpc(ipcMain, () => gate.handlers(), isOwnUrl, log)
  // The window comes up at once: it shows the passphrase screen, or the app when the data opened.
  mainWindow = createMainWindow(location, builtPaths(__dirname).preload, join(__dirname, '../../assets/icons/app.png'))
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  try {
    context = await gate.whenOpen()
  } catch (error) {
    failStartup(error)
    return
  }
  // End-to-end specs on the Electron transport reach the services through Playwright's
  // evaluate in this process (test/e2e/fixtures.ts `backend`). Packaged builds cannot be
  // driven that way (the inspector fuse is off), and nothing is exposed unless asked for.
  if (!app.isPackaged && process.env.SHIFTDESK_E2E_HOOKS === '1') Object.assign(globalThis, { shiftdeskE2E: context.services })
  context.services.events.subscribe((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_BUS, { name, payload })
  })
  const preloadPath = builtPaths(__dirname).preload
  const openCapture = () => openQuickCapture(location, preloadPath)
  wirePresence(context.services, { showWindow: focusMainWindow, openQuickCapture: openCapture }, join(__dirname, '../../assets/icons/tray'))
  wireSharedPcLock(context.services)
  const quickSearch = wireQuickReplies(context.services.quickReplies, location, preloadPath)
  // Every global hotkey, through one registry; on Wayland or when another program holds the keys
  // Settings says so, and the in-window buttons and shortcuts still work.
  const hotkeys = wireHotkeys(context.services, context.services.ports.globalShortcut, process.platform === 'darwin', {
    showWindow: focusMainWindow,
    openQuickCapture: openCapture,
    toggleQuickSearch: quickSearch.toggleQuickSearch,
  })
  releaseHotkeys = hotkeys.release
  stopBackgroundWork = startBackgroundWork(context.services)
}

// Schemes are declared before the app is ready, or Chromium treats app:// as an opaque origin.
registerAppScheme()
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    releaseHotkeys?.()
    releaseHotkeys = null
    stopBackgroundWork?.()
    stopBackgroundWork = null
    context?.close()
    context = null
  })
  void app.whenReady().then(start)
}
