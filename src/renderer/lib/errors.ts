// Turns any failure into a sentence in the agent's language that says what to do next.
import type { TFunction } from 'i18next'
import { DeskCallError } from './desk'

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof DeskCallError) {
    return t(`errors.${error.code}`, { ...error.params, message: error.message, fields: error.params.fields ?? '', name: error.params.name ?? '' })
  }
  return t('errors.internal', { message: error instanceof Error ? error.message : String(error) })
}
