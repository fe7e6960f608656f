// What the register's forms share: refusing an oversized paste before it lands in the field,
// Enter-to-save that leaves a Chinese IME's composition alone, and main's refusals shown next
// to the field they are about.
import type { FormInstance } from 'antd'
import type { TFunction } from 'i18next'
import type { ClipboardEvent, KeyboardEvent } from 'react'
import { charCount } from '../../../shared/domain/register'
import { ENTRY_FIELD_ERROR_REASONS, type EntryFieldErrorReason } from '../../../shared/ipc/register-constants'
import { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

type Field = HTMLInputElement | HTMLTextAreaElement

/** onPaste for a field holding at most `max` characters: a paste that would overflow is refused whole. */
export function refuseOversizePaste(max: number, onRefused: (length: number) => void) {
  return (event: ClipboardEvent<Field>) => {
    const el = event.currentTarget
    const selected = el.value.slice(el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length)
    const length = charCount(el.value) - charCount(selected) + charCount(event.clipboardData.getData('text'))
    if (length > max) {
      event.preventDefault()
      onRefused(length)
    }
  }
}

/** True for Enter that finishes typing, false for Enter that confirms an IME candidate. */
export function isSubmitEnter(event: KeyboardEvent, needsCtrl: boolean): boolean {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229) return false
  return needsCtrl ? event.ctrlKey || event.metaKey : !event.shiftKey && !event.ctrlKey && !event.altKey
}

/** onKeyDown for a whole form that saves on Ctrl+Enter (plain Enter starts a new line). */
export function submitOnCtrlEnter(form: FormInstance) {
  return (event: KeyboardEvent) => {
    if (isSubmitEnter(event, true)) {
      event.preventDefault()
      form.submit()
    }
  }
}

const FIELD_MESSAGES: Record<EntryFieldErrorReason, (t: TFunction, field: string) => string> = {
  required: (t, field) => t('form.required', { field }),
  format: (t) => t('register.dates.format'),
  invalid: (t) => t('register.dates.invalid'),
  future: (t) => t('register.dates.future'),
}

/**
 * Puts main's refusal next to its field (too long, missing, bad date); answers the sentence to
 * show above the form for anything else.
 */
export function showServerError(error: unknown, form: FormInstance, t: TFunction, fieldLabel: (field: string) => string): string | null {
  if (error instanceof DeskCallError) {
    if (error.code === 'too-large') {
      const field = String(error.params.field)
      const name = field === 'tag' ? 'tags' : field
      form.setFields([{ name, errors: [t('register.limits.tooLong', { field: fieldLabel(name), max: error.params.max, length: error.params.length })] }])
      return null
    }
    const refusal = error.code === 'invalid-input' ? refusalOf(error, ENTRY_FIELD_ERROR_REASONS) : null
    if (refusal) {
      const fields = String(error.params.fields).split(', ')
      form.setFields(fields.map((name) => ({ name, errors: [FIELD_MESSAGES[refusal.reason](t, fieldLabel(name))] })))
      return null
    }
  }
  return errorMessage(error, t)
}
