// The renderer's projection: typed main-to-renderer events, fanned out to whoever shows them.
// Electron forwards them to windows, the e2e test server over server-sent events, and the tray
// mirrors presence from them. Services do not listen here: they talk through service-events.ts.
// With payload checks on (tests, the e2e server, unpackaged builds) every payload is parsed with
// the contract's own schema before it leaves, so a payload the renderer would misread fails
// where it is emitted instead of on screen.
import { events as eventSchemas, type EventName, type EventPayload } from '../../shared/contract'

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void

export class EventHub {
  private readonly listeners = new Set<EventListener>()

  constructor(private readonly options: { checkPayloads: boolean } = { checkPayloads: true }) {}

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    if (this.options.checkPayloads) {
      const parsed = eventSchemas[name].safeParse(payload)
      if (!parsed.success) throw new Error(`The '${name}' event's payload does not match its schema in the shared contract: ${parsed.error.message}`)
    }
    for (const listener of this.listeners) listener(name, payload)
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
