// Runs one IPC call: unknown channels and invalid payloads are answered without reaching a
// service; every failure, expected or not, comes back as an envelope and never as a throw.
import { type z } from 'zod'
import { contract, DeskError, isChannel, type Envelope } from '../../shared/contract'
import type { HandlerMap } from './types'

export type DispatchLog = (message: string, error: unknown) => void

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ')
}

export async function dispatch(handlers: HandlerMap, channel: unknown, rawInput: unknown, log: DispatchLog): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${String(channel).slice(0, 80)}.` } }
  }
  const def = contract[channel]
  const parsed = def.input.safeParse(rawInput)
  if (!parsed.success) {
    const fields = describeIssues(parsed.error)
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${channel}: ${fields}`, params: { fields } } }
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    const value = await handler(parsed.data)
    // The answer is checked too: a service that breaks the contract is a bug to report, not data to show.
    const checked = def.output.safeParse(value)
    if (!checked.success) {
      log(`Handler ${channel} answered outside its contract: ${describeIssues(checked.error)}`, checked.error)
      return { ok: false, error: { code: 'internal', message: 'The answer did not match the contract.' } }
    }
    return { ok: true, value: checked.data }
  } catch (error) {
    if (error instanceof DeskError) return { ok: false, error: error.toBody() }
    log(`Handler ${channel} failed`, error)
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } }
  }
}
