// Recording stand-ins for the desktop ports (the machine has no Electron, no real idle clock a
// test could move, no clipboard to read back). Specs drive and read them directly.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isSafeExternalUrl } from '../../src/main/external-url'
import { nodeCommandRunner } from '../../src/main/platform/command-runner'
import type { Notification, PlatformPorts } from '../../src/main/ports'

export type FakePorts = PlatformPorts & {
  clipboard: PlatformPorts['clipboard'] & { text: string | null; history: string[] }
  notifier: PlatformPorts['notifier'] & { shown: Notification[] }
  idle: PlatformPorts['idle'] & { seconds: number | null; set(seconds: number | null): void }
  external: PlatformPorts['external'] & { opened: string[] }
  window: PlatformPorts['window'] & { hidden: number }
  /** Answers `savePath` (a fresh temp folder's file when unset); null plays a cancelled dialog. `openPath` answers the open dialog (null: cancelled). */
  dialog: PlatformPorts['dialog'] & { requests: string[]; savePath: string | null | undefined; openPath: string | null; openRequests: number }
  /** Returns the HTML's own UTF-8 bytes (no Chromium here); a spec may swap `render` for a real printer. */
  pdf: PlatformPorts['pdf'] & { rendered: string[] }
  /** Counts restarts instead of restarting; a test reopens the app context itself. */
  lifecycle: PlatformPorts['lifecycle'] & { restarts: number }
  /** Like globalShortcut: `taken` keys belong to another program; `press` plays the keys being pressed anywhere on the PC. */
  globalShortcut: PlatformPorts['globalShortcut'] & { taken: string[]; held: Map<string, () => void>; press(accelerator: string): boolean }
}

export function fakePorts(): FakePorts {
  const ports: FakePorts = {
    clipboard: {
      text: null,
      history: [],
      writeText(text) {
        ports.clipboard.text = text
        ports.clipboard.history.push(text)
      },
      readText: async () => ports.clipboard.text ?? '',
    },
    notifier: {
      shown: [],
      show(notification) {
        ports.notifier.shown.push(notification)
      },
    },
    idle: {
      seconds: 0,
      set(seconds) {
        ports.idle.seconds = seconds
      },
      idleSeconds: () => ports.idle.seconds,
    },
    external: {
      opened: [],
      async open(url) {
        if (!isSafeExternalUrl(url)) return false
        ports.external.opened.push(url)
        return true
      },
    },
    window: {
      hidden: 0,
      hideToChatClient() {
        ports.window.hidden++
      },
    },
    dialog: {
      requests: [],
      savePath: undefined,
      async chooseSavePath({ defaultName }) {
        ports.dialog.requests.push(defaultName)
        if (ports.dialog.savePath !== undefined) return ports.dialog.savePath
        return join(mkdtempSync(join(tmpdir(), 'shiftdesk-export-')), defaultName)
      },
      openPath: null,
      openRequests: 0,
      async chooseOpenPath() {
        ports.dialog.openRequests++
        return ports.dialog.openPath
      },
    },
    pdf: {
      rendered: [],
      async render(html) {
        ports.pdf.rendered.push(html)
        return new TextEncoder().encode(html)
      },
    },
    lifecycle: {
      restarts: 0,
      restart() {
        ports.lifecycle.restarts++
      },
    },
    // The real runner: it only ever starts a program a test wrote into its own temp folder.
    commands: nodeCommandRunner(),
    globalShortcut: {
      taken: [],
      held: new Map(),
      register(accelerator, callback) {
        if (ports.globalShortcut.taken.includes(accelerator) || ports.globalShortcut.held.has(accelerator)) return false
        ports.globalShortcut.held.set(accelerator, callback)
        return true
      },
      unregister(accelerator) {
        ports.globalShortcut.held.delete(accelerator)
      },
      press(accelerator) {
        const callback = ports.globalShortcut.held.get(accelerator)
        callback?.()
        return callback !== undefined
      },
    },
  }
  return ports
}
