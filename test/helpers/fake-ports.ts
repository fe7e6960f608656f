// Recording stand-ins for the desktop ports (the machine has no Electron, no real idle clock a
// test could move, no clipboard to read back). Specs drive and read them directly.
import { isSafeExternalUrl } from '../../src/main/external-url'
import type { Notification, PlatformPorts } from '../../src/main/ports'

export type FakePorts = PlatformPorts & {
  clipboard: PlatformPorts['clipboard'] & { text: string | null; history: string[] }
  notifier: PlatformPorts['notifier'] & { shown: Notification[] }
  idle: PlatformPorts['idle'] & { seconds: number | null; set(seconds: number | null): void }
  external: PlatformPorts['external'] & { opened: string[] }
  window: PlatformPorts['window'] & { hidden: number }
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
  }
  return ports
}
