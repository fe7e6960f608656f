// What the preload exposes as `window.desk`: nothing but these two functions.
import type { Envelope } from './ipc/envelope'

export interface DeskBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>
  /** Subscribes to a main-to-renderer event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void
}
