// Refusals of the replies service in the agent's words: which reply holds a shortcut, which
// limit a paste broke, which blank is still empty. Anything else falls back to errorMessage.
import type { TFunction } from 'i18next'
import { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'

export function replyErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof DeskCallError) {
    const p = error.params
    if (error.code === 'conflict' && p.reason === 'shortcut') return t('replies.errors.shortcutTaken', { shortcut: p.shortcut, title: p.name })
    if (error.code === 'too-large' && p.reason === 'body') return t('replies.errors.bodyTooLong', { max: p.max, length: p.length })
    if (error.code === 'too-large' && p.reason === 'title') return t('replies.errors.titleTooLong', { max: p.max, length: p.length })
    if (error.code === 'too-large' && p.reason === 'import-file') return t('replies.errors.fileTooLarge', { max: p.maxMb })
    if (error.code === 'invalid-input' && p.reason === 'lint') return t(`replies.errors.lint_${String(p.kind)}`, { match: p.match })
    if (error.code === 'invalid-input' && p.reason === 'shortcut') return t('replies.errors.shortcutInvalid')
    if (error.code === 'invalid-input' && p.reason === 'placeholders') return t('replies.errors.placeholdersMissing', { missing: p.missing })
    if (error.code === 'invalid-input' && p.reason === 'import-rows') return t('replies.errors.importRows', { count: p.count })
    if (error.code === 'conflict' && p.reason === 'import-running') return t('replies.errors.importRunning')
    if (error.code === 'not-found') return t('replies.errors.notFound')
  }
  return errorMessage(error, t)
}
