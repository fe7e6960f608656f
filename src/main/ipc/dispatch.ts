// Runs one IPC call: unknown channels, calls the channel policy refuses (locked, nobody signed
// in) and invalid payloads are answered without reaching a service; every failure, expected or
// not, comes back as an envelope and never as a throw.
import { type z } from 'zod'
import { contract, DeskError, isChannel, type Envelope } from '../../shared/contract'
import { storageFailure } from '../db/storage-errors'
import { exceedsPayloadBudget, payloadTooLarge } from '../../shared/ipc/payload-budget'
import { checkAnswer } from './checked-answers'
import { refusalFor } from './policy'
import type { HandlerMap } from './types'

export type DispatchLog = (message: string, error: unknown) => void

/** Messages echo parts of a hostile payload (zod names unknown keys): an answer stays small. */
const MAX_DESCRIPTION = 500

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ')
    .slice(0, MAX_DESCRIPTION)
}

/** Parses the input; a payload nested deeply enough to exhaust the stack is answered, never thrown. */
function parseInput(schema: z.ZodType, rawInput: unknown): z.ZodSafeParseResult<unknown> | { thrown: unknown } {
  try {
    return schema.safeParse(rawInput)
  } catch (thrown) {
    return { thrown }
  }
}

/**
 * Drops keys whose value is `undefined`. Electron's structured clone keeps `{ language: undefined }`
 * (JSON would drop it) and zod passes it through as present; a service spreading such a patch over
 * stored values would erase them. Absent and undefined mean the same to every handler this way.
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined)
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    // defineProperty: a "__proto__" key (a z.record may carry one) stays data, never a prototype.
    if (item !== undefined) Object.defineProperty(out, key, { value: withoutUndefined(item), enumerable: true, writable: true, configurable: true })
  }
  return out
}

export async function dispatch(handlers: HandlerMap, channel: unknown, rawInput: unknown, log: DispatchLog): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${String(channel).slice(0, 80)}.` } }
  }
  const refusal = refusalFor(handlers, channel)
  if (refusal) return { ok: false, error: refusal.toBody() }
  // Measured before zod reads it: a huge input is refused at the cost of the budget, not of its size.
  if (exceedsPayloadBudget(rawInput)) return { ok: false, error: payloadTooLarge(channel).toBody() }
  const def = contract[channel]
  const parsed = parseInput(def.input, rawInput)
  if ('thrown' in parsed) {
    if (parsed.thrown instanceof RangeError) return { ok: false, error: { code: 'too-large', message: `Input for ${channel} is nested too deeply.` } }
    log(`Parsing input for ${channel} failed`, parsed.thrown)
    return { ok: false, error: { code: 'internal', message: 'The input could not be read.' } }
  }
  if (!parsed.success) {
    const fields = describeIssues(parsed.error)
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${channel}: ${fields}`, params: { fields } } }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    const value = await handler(withoutUndefined(parsed.data))
    // The answer is checked too: a service that breaks the contract is a bug to report, not data to show.
    const checked = checkAnswer(def.output, value)
    if (!checked.success) {
      log(`Handler ${channel} answered outside its contract: ${describeIssues(checked.error)}`, checked.error)
      return { ok: false, error: { code: 'internal', message: 'The answer did not match the contract.' } }
    }
    return { ok: true, value: checked.data }
  } catch (error) {
    if (error instanceof DeskError) return { ok: false, error: error.toBody() }
    // A full disk or read-only folder is mapped here, once, for every service.
    const storage = storageFailure(error)
    if (storage) return { ok: false, error: storage.toBody() }
    log(`Handler ${channel} failed`, error)
    return { ok: false, error: { code: 'internal', message: (error instanceof Error ? error.message : String(error)).slice(0, MAX_DESCRIPTION) } }
  }
}
