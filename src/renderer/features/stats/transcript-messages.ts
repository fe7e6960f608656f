// Turns a transcript the parser refused into a sentence that names the line and says what to do.
import type { TFunction } from 'i18next'
import type { TranscriptError } from '../../../shared/domain/stats'

export function explainTranscriptError(error: TranscriptError, t: TFunction, hasAccounts: boolean): string {
  switch (error.code) {
    case 'empty':
      return t('stats.transcript.errors.empty')
    case 'unknown-format':
      return t('stats.transcript.errors.unknownFormat', { line: error.detail.line, text: error.detail.text })
    case 'unparsable-line':
      return t('stats.transcript.errors.unparsableLine', {
        line: error.detail.line,
        text: error.detail.text,
        expected: t(`stats.transcript.errors.expected.${error.detail.expected}`),
      })
    case 'no-agent-lines':
      return t(hasAccounts ? 'stats.transcript.errors.noAgentLines' : 'stats.transcript.errors.noAccounts', { senders: error.detail.senders.join('、') })
    case 'several-customers':
      return t('stats.transcript.errors.severalCustomers', { line: error.detail.line, first: error.detail.senders[0], second: error.detail.senders[1] })
  }
}

/** Names the agent may claim as their own account to read the paste again. */
export function claimableSenders(error: TranscriptError): string[] {
  if (error.code === 'no-agent-lines') return error.detail.senders
  if (error.code === 'several-customers') return [...error.detail.senders]
  return []
}
