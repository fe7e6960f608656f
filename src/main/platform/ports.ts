// Electron's implementations of the desktop ports.
import { BrowserWindow, clipboard, globalShortcut, Notification, powerMonitor } from 'electron'
import type { PlatformPorts } from '../ports'
import { openExternalSafely } from './external'
import { electronPdf } from './pdf'
import { electronSaveDialog } from './save-dialog'
import { electronOpenDialog } from './open-dialog'
import { electronLifecycle } from './lifecycle'
import { nodeCommandRunner } from './command-runner'

export function electronPorts(): PlatformPorts {
  return {
    clipboard: { writeText: (text) => clipboard.writeText(text), readText: () => clipboard.readText() },
    notifier: {
      show({ title, body, urgent }) {
        if (Notification.isSupported()) new Notification({ title, body, urgency: urgent ? 'critical' : 'normal' }).show()
      },
    },
    idle: {
      // Wayland and some remote sessions answer 0 forever; the presence service detects that.
      idleSeconds: () => powerMonitor.getSystemIdleTime(),
    },
    external: { open: openExternalSafely },
    window: {
      hideToChatClient() {
        for (const win of BrowserWindow.getAllWindows()) win.minimize()
      },
    },
    dialog: { ...electronSaveDialog, ...electronOpenDialog },
    pdf: electronPdf,
    lifecycle: electronLifecycle,
    commands: nodeCommandRunner(),
    globalShortcut: { register: (accelerator, callback) => globalShortcut.register(accelerator, callback), unregister: (accelerator) => globalShortcut.unregister(accelerator) },
  }
}
