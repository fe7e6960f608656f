// What services need from the desktop, as small ports. Electron implements them in
// main/platform/; tests and the end-to-end server use the recording doubles in test/helpers.
// Services never import Electron: they receive these.

export type ClipboardPort = { writeText(text: string): void }

export type Notification = { title: string; body: string; urgent?: boolean }
export type NotifierPort = { show(notification: Notification): void }

/**
 * The operating system's idle clock. `null` means the platform cannot tell (Wayland, some
 * remote sessions): callers must then rely on input inside ShiftDesk's own windows.
 */
export type IdleClockPort = { idleSeconds(): number | null }

/** Opens an http(s) page in the system browser; false when the URL was refused. */
export type ExternalOpenerPort = { open(url: string): Promise<boolean> }

/** Hides ShiftDesk's windows so focus returns to the chat client ("copy and hide"). */
export type WindowPort = { hideToChatClient(): void }

export type PlatformPorts = {
  clipboard: ClipboardPort
  notifier: NotifierPort
  idle: IdleClockPort
  external: ExternalOpenerPort
  window: WindowPort
}
