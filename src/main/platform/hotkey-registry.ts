// The one owner of every global hotkey. Features ask for keys by id; the registry registers them
// with the OS through the GlobalShortcutPort (Electron's globalShortcut in the app, a recording
// double in tests and the e2e server), refuses the same keys for two features, and reports each
// binding's state: registered, switched off, taken by another program, or colliding with
// another ShiftDesk hotkey. The keys first held stay with their feature; a colliding one gets
// them as soon as the holder lets go.
import { hotkeyKeysOn } from '../../shared/domain/hotkeys'
import { HOTKEY_IDS, type HotkeyBinding, type HotkeyId } from '../../shared/ipc/hotkeys'
import type { GlobalShortcutPort } from '../ports'

type Entry = { accelerator: string; onPress: () => void; held: string | null; binding: HotkeyBinding }

export class HotkeyRegistry {
  private readonly entries = new Map<HotkeyId, Entry>()
  private readonly listeners = new Set<(bindings: HotkeyBinding[]) => void>()

  constructor(
    private readonly shortcuts: GlobalShortcutPort,
    private readonly isMac: boolean,
  ) {}

  /** Wants `accelerator` ('' = off) for `id`; re-binding the same keys only swaps the action. */
  bind(id: HotkeyId, accelerator: string, onPress: () => void): HotkeyBinding {
    const entry = this.entries.get(id)
    // Same keys: keep the result (a taken key is tried again when any binding changes, not on every call).
    if (entry && entry.accelerator === accelerator) {
      entry.onPress = onPress
      return entry.binding
    }
    if (entry) this.letGo(entry)
    this.entries.set(id, { accelerator, onPress, held: null, binding: { id, accelerator, state: 'off', collidesWith: null } })
    this.settle()
    return this.status(id) as HotkeyBinding
  }

  /** Gives the keys back; the feature no longer appears in the list. */
  release(id: HotkeyId): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.letGo(entry)
    this.entries.delete(id)
    this.settle()
  }

  /** On quit: every hotkey goes back to the OS. */
  releaseAll(): void {
    for (const entry of this.entries.values()) this.letGo(entry)
    this.entries.clear()
    this.publish()
  }

  status(id: HotkeyId): HotkeyBinding | null {
    return this.entries.get(id)?.binding ?? null
  }

  /** In Settings' order (HOTKEY_IDS). */
  statuses(): HotkeyBinding[] {
    return HOTKEY_IDS.flatMap((id) => {
      const entry = this.entries.get(id)
      return entry ? [entry.binding] : []
    })
  }

  onChange(listener: (bindings: HotkeyBinding[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private letGo(entry: Entry): void {
    if (entry.held !== null) this.shortcuts.unregister(entry.held)
    entry.held = null
  }

  /** Holders keep their keys; every other binding is tried again, in Settings' order. */
  private settle(): void {
    const holders = new Map<string, HotkeyId>()
    for (const [id, entry] of this.entries) if (entry.held !== null) holders.set(this.keysOf(entry.accelerator), id)
    for (const id of HOTKEY_IDS) {
      const entry = this.entries.get(id)
      if (!entry || entry.held !== null) continue
      if (entry.accelerator === '') {
        entry.binding = { id, accelerator: '', state: 'off', collidesWith: null }
        continue
      }
      const keys = this.keysOf(entry.accelerator)
      const holder = holders.get(keys)
      if (holder !== undefined) {
        entry.binding = { id, accelerator: entry.accelerator, state: 'collides', collidesWith: holder }
        continue
      }
      const onPress = () => this.entries.get(id)?.onPress()
      if (this.tryRegister(entry.accelerator, onPress)) {
        entry.held = entry.accelerator
        holders.set(keys, id)
        entry.binding = { id, accelerator: entry.accelerator, state: 'registered', collidesWith: null }
      } else {
        entry.binding = { id, accelerator: entry.accelerator, state: 'taken', collidesWith: null }
      }
    }
    this.publish()
  }

  private keysOf(accelerator: string): string {
    return hotkeyKeysOn(accelerator, this.isMac) ?? accelerator
  }

  private tryRegister(accelerator: string, onPress: () => void): boolean {
    try {
      return this.shortcuts.register(accelerator, onPress)
    } catch {
      return false // Electron throws on accelerators it cannot parse on this platform.
    }
  }

  private publish(): void {
    const bindings = this.statuses()
    for (const listener of this.listeners) listener(bindings)
  }
}
