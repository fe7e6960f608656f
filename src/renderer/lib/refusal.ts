// Reads a channel's typed error reason off a failed call. Each feature maps its channel's
// reason list with a Record<Reason, …>, so a reason main adds without a sentence does not compile.
import { reasonIn } from '../../shared/ipc/errors'
import { DeskCallError } from './desk'

export type Refusal<R extends string> = { reason: R; error: DeskCallError }

export function refusalOf<R extends string>(error: unknown, reasons: readonly R[]): Refusal<R> | null {
  if (!(error instanceof DeskCallError)) return null
  const reason = reasonIn(error.params, reasons)
  return reason === null ? null : { reason, error }
}
