// An in-memory window.desk for component tests: answers channels from a table the test gives
// and lets the test push events. (Services are tested for real in test/unit and test/e2e.)
import type { DeskBridge } from '../../../src/shared/bridge'
import type { Envelope } from '../../../src/shared/contract'

type Answer = (input: never) => unknown
export type FakeDesk = DeskBridge & { calls: { channel: string; input: unknown }[]; emit(event: string, payload: unknown): void }

export function installFakeDesk(answers: Record<string, Answer>): FakeDesk {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const calls: FakeDesk['calls'] = []
  const desk: FakeDesk = {
    calls,
    async invoke(channel, input) {
      calls.push({ channel, input })
      const answer = answers[channel]
      if (!answer) return { ok: false, error: { code: 'unknown-channel', message: channel } }
      try {
        return { ok: true, value: answer(input as never) } as Envelope<unknown>
      } catch (error) {
        return { ok: false, error: (error as { body?: Envelope<unknown> }).body ?? { code: 'internal', message: String(error) } } as Envelope<unknown>
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
  }
  Object.defineProperty(window, 'desk', { value: desk, configurable: true })
  return desk
}
