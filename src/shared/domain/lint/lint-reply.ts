// The reply lint: what quality inspection would mark down in a reply before it is sent.
import { findFiller } from './filler'
import { findForbidden } from './forbidden'
import { DEFAULT_ALLOWED_DOMAINS, findOffsite } from './offsite'

export type LintKind = 'forbidden' | 'offsite' | 'filler'

/** `start`/`end`: UTF-16 offsets into the linted text, end exclusive; `match` is that slice. */
export type LintFinding = { kind: LintKind; match: string; start: number; end: number; suggestion?: string }

export type LintOptions = {
  /** The shop's own forbidden phrases, matched like the built-in ones. */
  extraPhrases?: readonly string[]
  /** Link domains allowed, with their subdomains; replaces DEFAULT_ALLOWED_DOMAINS. */
  allowedDomains?: readonly string[]
}

export function lintReplyWith(text: string, options: LintOptions = {}): LintFinding[] {
  const found = [
    ...findForbidden(text, options.extraPhrases).map((m) => ({ kind: 'forbidden' as const, ...m })),
    ...findOffsite(text, options.allowedDomains ?? DEFAULT_ALLOWED_DOMAINS).map((m) => ({ kind: 'offsite' as const, ...m })),
    ...findFiller(text).map((m) => ({ kind: 'filler' as const, ...m })),
  ]
  return found
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ kind, start, end, suggestion }) => ({ kind, match: text.slice(start, end), start, end, suggestion }))
}

/** Findings sorted by start, with the built-in phrases plus `extraPhrases` and the default link allow-list. */
export function lintReply(text: string, extraPhrases?: string[]): LintFinding[] {
  return lintReplyWith(text, { extraPhrases })
}
