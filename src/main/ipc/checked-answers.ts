// Main checks every answer against the contract before it leaves (dispatch.ts). An answer a
// service hands out again and again unchanged (the kept reply list: 10,000 replies, asked for at
// every start, sign-in and change) would be checked in full on each call; a service freezes such
// an answer, and a frozen answer, which cannot have changed since, is checked once.
import type { z } from 'zod'

const checked = new WeakMap<object, unknown>()

/** Freezes plain data down to its leaves, so what is handed out again cannot be changed by a receiver. */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) freezeDeep(item)
    Object.freeze(value)
  }
  return value
}

/** schema.safeParse(value), remembered for a frozen object value: the same frozen object is answered with the same checked data. */
export function checkAnswer(schema: z.ZodType, value: unknown): z.ZodSafeParseResult<unknown> {
  const frozen = value !== null && typeof value === 'object' && Object.isFrozen(value)
  if (frozen && checked.has(value)) return { success: true, data: checked.get(value) }
  const result = schema.safeParse(value)
  if (frozen && result.success) checked.set(value, freezeDeep(result.data))
  return result
}
