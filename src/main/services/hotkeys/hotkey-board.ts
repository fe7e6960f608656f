// What Settings shows about the global hotkeys: the last list the HotkeyRegistry reported
// (platform/hotkey-registry.ts), or "not available" where no desktop shell registers any.
import type { HotkeyBinding, HotkeyBoard as BoardView } from '../../../shared/ipc/hotkeys'
import type { EventHub } from '../events'

export class HotkeyBoard {
  private view: BoardView = { available: false, bindings: [] }

  constructor(private readonly events: Pick<EventHub, 'emit'>) {}

  get(): BoardView {
    return this.view
  }

  /** The registry's report after every change; the renderer hears it as hotkeys:changed. */
  report(bindings: readonly HotkeyBinding[]): void {
    this.view = { available: true, bindings: [...bindings] }
    this.events.emit('hotkeys:changed', this.view)
  }
}
