// A search box's text as index terms and as an FTS5 MATCH expression. Every term must match
// (AND). A Chinese term of 2+ characters must match as consecutive pairs, which is exactly a
// substring match inside one run of text; Latin words and numbers match as word prefixes, so
// the first digits of an order number are enough.
import { charKind, textRuns, type RunKind } from './tokens'

export type QueryTerm = { kind: RunKind; text: string }

export type ParsedQuery = {
  terms: QueryTerm[]
  /** No term of 2+ characters: too vague to search (one character matches half the notes). */
  tooShort: boolean
  /** The FTS5 expression, or null when there is nothing to search. */
  match: string | null
}

export const MAX_QUERY_TERMS = 8

function pairs(text: string): string[] {
  const chars = [...text]
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  return out
}

// Tokens hold only letters, digits and CJK characters, so wrapping them in quotes is safe.
function termExpression(term: QueryTerm): string {
  const length = [...term.text].length
  if (term.kind === 'cjk' && length >= 2) return `"${pairs(term.text).join(' ')}"`
  return `"${term.text}"*`
}

export function parseSearchQuery(query: string): ParsedQuery {
  const seen = new Set<string>()
  const terms: QueryTerm[] = []
  for (const run of textRuns(query)) {
    const key = `${run.kind}:${run.text}`
    if (seen.has(key)) continue
    seen.add(key)
    terms.push(run)
  }
  const kept = terms.slice(0, MAX_QUERY_TERMS)
  const tooShort = !kept.some((t) => [...t.text].length >= 2)
  return { terms: kept, tooShort, match: kept.length === 0 || tooShort ? null : kept.map(termExpression).join(' AND ') }
}

/**
 * Whether every text holding `query` as a plain substring is among the index's matches, so a
 * notebook may take the index's matches as candidates and keep its substring rule exactly. Not
 * when the query starts with a letter or digit: its first word may begin in the middle of a
 * note's word ("566" inside "TB5566"), and the index matches words by their start.
 */
/**
 * Whether the index's matches are exactly the texts holding `query` as a substring: one run of
 * 2+ Chinese characters that folding leaves alone, whose consecutive pairs match only inside one
 * run of a note (a field or a line), never across two.
 */
export function indexMatchIsSubstring(query: string): boolean {
  const { terms, match } = parseSearchQuery(query)
  return match !== null && terms.length === 1 && terms[0]!.kind === 'cjk' && terms[0]!.text === query
}

export function indexFindsEverySubstring(query: string): boolean {
  const first = [...query][0]
  return first !== undefined && parseSearchQuery(query).match !== null && charKind(first) !== 'letters' && charKind(first) !== 'digits'
}
