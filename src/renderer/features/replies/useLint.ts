// The reply lint with the shop's settings (extra forbidden phrases, allowed link domains), the
// same rules main applies when a reply is saved. The rules (phrase lists, link patterns) are a
// chunk of their own, fetched once the first screen shows or when the agent first types a draft.
import { useEffect, useMemo, useState } from 'react'
import type { LintFinding, lintReplyWith } from '../../../shared/domain/lint'
import { loadOnce, preloadWhenIdle } from '../../lib/lazy-view'
import { useReplies } from './replies-store'

type Lint = typeof lintReplyWith

const rules = loadOnce<Lint>(() => import('../../../shared/domain/lint').then((m) => m.lintReplyWith))
preloadWhenIdle([{ preload: rules.get }])

/** The findings for `text`, or null while the rules are still loading (nothing to say yet, not "no problems"). */
export function useLint(text: string): LintFinding[] | null {
  const settings = useReplies((s) => s.settings)
  const [lint, setLint] = useState<Lint | null>(rules.loaded)
  const wanted = lint === null && text.trim() !== ''
  useEffect(() => {
    if (!wanted) return
    let live = true
    rules.get().then(
      (loadedRules) => live && setLint(() => loadedRules),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [wanted])
  return useMemo(() => {
    if (text.trim() === '') return []
    if (lint === null) return null
    return lint(text, settings ? { extraPhrases: settings.extraPhrases, allowedDomains: settings.allowedDomains } : {})
  }, [lint, text, settings])
}
