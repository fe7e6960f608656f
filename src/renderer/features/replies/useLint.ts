// The reply lint with the shop's settings (extra forbidden phrases, allowed link domains), the
// same rules main applies when a reply is saved.
import { useMemo } from 'react'
import { lintReplyWith, type LintFinding } from '../../../shared/domain/lint'
import { useReplies } from './replies-store'

export function useLint(text: string): LintFinding[] {
  const settings = useReplies((s) => s.settings)
  return useMemo(
    () => (text.trim() === '' ? [] : lintReplyWith(text, settings ? { extraPhrases: settings.extraPhrases, allowedDomains: settings.allowedDomains } : {})),
    [text, settings],
  )
}
