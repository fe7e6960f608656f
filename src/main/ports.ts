// What services need from the desktop, as small ports. Electron implements them in
// main/platform/; tests and the end-to-end server use the recording doubles in test/helpers.
// Services never import Electron: they receive these.

/** readText lets the lock clear the clipboard only while it still holds what ShiftDesk put there. */
export type ClipboardPort = { writeText(text: string): void; readText(): Promise<string> }

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

/** Asks where to save an export; null when the agent cancelled. */
export type SaveDialogPort = {
  chooseSavePath(request: { defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>
}

/** Asks which file to open (a backup to restore); null when the agent cancelled. */
export type OpenDialogPort = {
  chooseOpenPath(request: { filters: { name: string; extensions: string[] }[] }): Promise<string | null>
}

/** Restarts ShiftDesk (a confirmed restore is swapped in before the database opens). */
export type LifecyclePort = { restart(): void }

/** Renders an HTML page to PDF bytes (Chromium's printToPDF in Electron). */
export type PdfPort = { render(html: string): Promise<Uint8Array> }

export type CommandCheck = 'ok' | 'not-absolute' | 'not-found' | 'not-a-file' | 'not-executable' | 'unsupported-type'

/** Runs a program the agent configured (the presence hook): the program itself, never a shell. */
export type CommandRunner = {
  /** Whether `path` names a program ShiftDesk may run. */
  check(path: string): CommandCheck
  run(path: string, args: readonly string[], timeoutMs: number): Promise<{ ok: true } | { ok: false; message: string }>
}

/**
 * The OS's global shortcuts (Electron's globalShortcut). Only platform/hotkey-registry.ts calls
 * it: register is false (or throws) when another program holds the keys or the platform refuses them.
 */
export type GlobalShortcutPort = { register(accelerator: string, callback: () => void): boolean; unregister(accelerator: string): void }

export type PlatformPorts = {
  clipboard: ClipboardPort
  notifier: NotifierPort
  idle: IdleClockPort
  external: ExternalOpenerPort
  window: WindowPort
  dialog: SaveDialogPort & OpenDialogPort
  pdf: PdfPort
  lifecycle: LifecyclePort
  commands: CommandRunner
  globalShortcut: GlobalShortcutPort
}
