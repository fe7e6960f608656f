// A text with the parts the search matched marked, so the agent sees why a reply came up.
import type { CSSProperties, ReactNode } from 'react'
import type { TextRange } from '../../../shared/domain/replies'

const MARK: CSSProperties = { background: '#ffe58f', color: 'inherit', padding: 0, borderRadius: 2 }

export function HighlightedText({ text, ranges, markStyle = MARK }: { text: string; ranges: readonly TextRange[]; markStyle?: CSSProperties }) {
  if (ranges.length === 0) return <>{text}</>
  const parts: ReactNode[] = []
  let at = 0
  for (const r of ranges) {
    if (r.start > at) parts.push(text.slice(at, r.start))
    parts.push(
      <mark key={r.start} style={markStyle}>
        {text.slice(r.start, r.end)}
      </mark>,
    )
    at = r.end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}

/**
 * At most `max` characters of a long body worth showing on one line: from a little before the
 * first match, so a match deep in the text is still visible; ranges are shifted and clipped.
 */
export function excerpt(text: string, ranges: readonly TextRange[], max = 160, lead = 12): { text: string; ranges: TextRange[] } {
  const first = ranges[0]
  const from = first && first.start > lead * 2 ? first.start - lead : 0
  const prefix = from > 0 ? '…' : ''
  const shown = prefix + text.slice(from, from + max)
  const shift = prefix.length - from
  const clipped = ranges
    .map((r) => ({ start: r.start + shift, end: Math.min(r.end + shift, shown.length) }))
    .filter((r) => r.start >= prefix.length && r.start < shown.length)
  return { text: shown, ranges: clipped }
}
