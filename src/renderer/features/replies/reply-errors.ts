// Refusals of the replies service in the agent's words: which reply holds a shortcut, which
// limit a paste broke, which blank is still empty. Anything else falls back to errorMessage.
import type { TFunction } from 'i18next'
import { REPLY_ERROR_REASONS, type ReplyErrorReason } from '../../../shared/ipc/replies-constants'
import { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const MESSAGES: Record<ReplyErrorReason, (t: TFunction, error: DeskCallError) => string> = {
  // Taken by another reply (conflict) or not a shortcut at all (invalid-input).
  shortcut: (t, { code, params: p }) => (code === 'conflict' ? t('replies.errors.shortcutTaken', { shortcut: p.shortcut, title: p.name }) : t('replies.errors.shortcutInvalid')),
  body: (t, { params: p }) => t('replies.errors.bodyTooLong', { max: p.max, length: p.length }),
  title: (t, { params: p }) => t('replies.errors.titleTooLong', { max: p.max, length: p.length }),
  'import-file': (t, { params: p }) => t('replies.errors.fileTooLarge', { max: p.maxMb }),
  lint: (t, { params: p }) => t(`replies.errors.lint_${String(p.kind)}`, { match: p.match }),
  placeholders: (t, { params: p }) => t('replies.errors.placeholdersMissing', { missing: p.missing }),
  'import-rows': (t, { params: p }) => t('replies.errors.importRows', { count: p.count }),
  'import-running': (t) => t('replies.errors.importRunning'),
}

/** The form field a refusal belongs next to, if any. */
export const REPLY_ERROR_FIELD: Partial<Record<ReplyErrorReason, 'shortcut' | 'body'>> = { shortcut: 'shortcut', body: 'body' }

export function replyErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, REPLY_ERROR_REASONS)
  if (refusal) return MESSAGES[refusal.reason](t, refusal.error)
  if (error instanceof DeskCallError && error.code === 'not-found') return t('replies.errors.notFound')
  return errorMessage(error, t)
}
