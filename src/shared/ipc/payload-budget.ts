// How big one IPC call may be. The largest honest input is a reply file (5 MB, sent as base64);
// anything far beyond it is a page script sending junk, and reading it is what costs: a 100 MB
// object holds main for over a second before any schema can refuse it. The bridge measures an
// input before it is sent and main measures it again before zod reads it, both with a walk that
// stops as soon as the budget is spent, so a huge input costs next to nothing to refuse.
import { DeskError, type PolicyErrorReason } from './envelope'

/** Characters (and a few per key or number) one call's input may carry. */
export const PAYLOAD_BUDGET = 8 * 1024 * 1024

/** Whether `input` holds more than `budget` characters, counted without reading past the budget. */
export function exceedsPayloadBudget(input: unknown, budget = PAYLOAD_BUDGET): boolean {
  let spent = 0
  const seen = new Set<object>()
  const pending: object[] = []
  // Texts and numbers are counted as they are met, so the walk never holds more than it has counted.
  const meet = (value: unknown): void => {
    if (typeof value === 'string') spent += value.length
    else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) spent += value.byteLength
    else if (value !== null && typeof value === 'object') {
      if (!seen.has(value)) {
        seen.add(value)
        pending.push(value)
      }
    } else spent += 8
  }
  meet(input)
  while (pending.length > 0 && spent <= budget) {
    const value = pending.pop()!
    if (value instanceof Map || value instanceof Set) {
      for (const item of value.values()) {
        meet(item)
        if (spent > budget) return true
      }
      if (value instanceof Map) for (const key of value.keys()) meet(key)
      continue
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      spent += key.length + 8
      meet((value as Record<string, unknown>)[key])
      if (spent > budget) return true
    }
  }
  return spent > budget
}

/** The refusal both sides give: what was too big and what to do. */
export function payloadTooLarge(channel: string): DeskError {
  return new DeskError('too-large', `The input for ${channel.slice(0, 80)} is larger than ${PAYLOAD_BUDGET / 1024 / 1024} MB; send less at a time.`, {
    reason: 'payload' satisfies PolicyErrorReason,
    maxMb: PAYLOAD_BUDGET / 1024 / 1024,
  })
}
