// Electron's implementations of the desktop ports.
import { BrowserWindow, clipboard, Notification, powerMonitor } from 'electron'
import type { PlatformPorts } from '../ports'
import { openExternalSafely } from './external'

export function electronPorts(): PlatformPorts {
  return {
    clipboard: { writeText: (text) => clipboard.writeText(text) },
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
  }
}
