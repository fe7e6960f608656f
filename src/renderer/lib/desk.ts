// The renderer's typed client for the IPC contract. It unwraps envelopes: a failure becomes a
// DeskCallError carrying the stable code the UI translates.
import type { Channel, DeskErrorBody, EventName, EventPayload, Input, Output } from '../../shared/contract'
import type { DeskBridge } from '../../shared/bridge'

declare global {
  interface Window {
    desk: DeskBridge
  }
}

export class DeskCallError extends Error {
  readonly code: DeskErrorBody['code']
  readonly params: Record<string, string | number>

  constructor(readonly body: DeskErrorBody) {
    super(body.message)
    this.name = 'DeskCallError'
    this.code = body.code
    this.params = body.params ?? {}
  }
}

export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const envelope = await window.desk.invoke(channel, input)
  if (!envelope.ok) throw new DeskCallError(envelope.error)
  return envelope.value as Output<C>
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.desk.on(event, (payload) => listener(payload as EventPayload<E>))
}
