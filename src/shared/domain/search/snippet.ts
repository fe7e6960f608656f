// Where the query's terms occur in a hit, and a short excerpt around the first one, so the
// result list can highlight them without rendering any HTML from the notes.
import { foldForSearch } from '../replies/search-fold'
import type { QueryTerm } from './query'
import { charKind } from './tokens'
import type { TextSpan } from '../text-span'

export type Snippet = { text: string; ranges: TextSpan[] }

function joined(spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = []
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1)
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}

/** Every occurrence of every term (words and numbers only where they start), sorted and merged. */
export function termRanges(text: string, terms: readonly QueryTerm[]): TextSpan[] {
  const folded = foldForSearch(text)
  const spans: TextSpan[] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term.text); at !== -1; at = folded.indexOf(term.text, at + term.text.length)) {
      if (term.kind !== 'cjk' && at > 0 && charKind(folded[at - 1]!) === term.kind) continue
      spans.push({ start: at, end: at + term.text.length })
    }
  }
  return joined(spans)
}

/**
 * At most `width` characters of `text` (line breaks flattened) around the first match, with
 * an ellipsis where text was cut, and the match ranges moved to the excerpt's offsets.
 */
export function searchSnippet(text: string, terms: readonly QueryTerm[], width = 120): Snippet {
  const flat = text.replace(/\s+/g, ' ')
  const ranges = termRanges(flat, terms)
  if (flat.length <= width) return { text: flat, ranges }
  const first = ranges[0]?.start ?? 0
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), flat.length - width))
  const end = Math.min(flat.length, start + width)
  const prefix = start > 0 ? '…' : ''
  const shift = prefix.length - start
  const inside = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }))
  return { text: `${prefix}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`, ranges: inside }
}
