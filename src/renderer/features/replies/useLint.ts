// The reply lint with the shop's settings (extra forbidden phrases, allowed link domains), the
// same rules main applies when a reply is saved. The rules (phrase lists, link patterns) are a
// chunk of their own, fetched once the first screen shows or when the agent first types a draft.
import { useEffect, useMemo, useState } from 'react'
import type { LintFinding, lintReplyWith } from '../../../shared/domain/lint'
import { preloadWhenIdle } from '../../lib/lazy-view'
import { useReplies } from './replies-store'

type Lint = typeof lintReplyWith

let loaded: Lint | null = null
let loading: Promise<Lint> | null = null
function loadLint(): Promise<Lint> {
  loading ??= import('../../../shared/domain/lint').then(
    (m) => (loaded = m.lintReplyWith),
    (error: unknown) => {
      loading = null // a failed fetch is tried again by the next draft
      throw error
    },
  )
  return loading
}
preloadWhenIdle([{ preload: loadLint }])

/** The findings for `text`, or null while the rules are still loading (nothing to say yet, not "no problems"). */
export function useLint(text: string): LintFinding[] | null {
  const settings = useReplies((s) => s.settings)
  const [lint, setLint] = useState<Lint | null>(() => loaded)
  const wanted = lint === null && text.trim() !== ''
  useEffect(() => {
    if (!wanted) return
    let live = true
    loadLint().then(
      (rules) => live && setLint(() => rules),
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
