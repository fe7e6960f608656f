// Turns any failure into a sentence in the agent's language that says what to do next.
import type { TFunction } from 'i18next'
import { DeskCallError } from './desk'

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof DeskCallError) {
    // A storage failure says what happened to the disk (full, read-only…); other reasons fall back to the code's sentence.
    const reason = typeof error.params.reason === 'string' ? error.params.reason : null
    const keys =
      error.code === 'storage-failed' && reason
        ? [`backups.storageFailed.${reason}`, 'errors.storage-failed']
        : // A few refusals need their own sentence (errors.reasons); the rest share their code's.
          [...(reason ? [`errors.reasons.${reason}`] : []), `errors.${error.code}`]
    return t(keys, { ...error.params, message: error.message, fields: error.params.fields ?? '', name: error.params.name ?? '' })
  }
  return t('errors.internal', { message: error instanceof Error ? error.message : String(error) })
}
