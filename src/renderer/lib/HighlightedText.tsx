// A text with the parts a search matched marked, so the agent sees why it came up. The spans
// come as offsets, so nothing from a reply or a note is ever rendered as HTML.
import type { CSSProperties, ReactNode } from 'react'
import type { TextSpan } from '../../shared/domain/text-span'

const MARK: CSSProperties = { background: '#ffe58f', color: 'inherit', padding: 0, borderRadius: 2 }

export function HighlightedText({ text, ranges, markStyle = MARK }: { text: string; ranges: readonly TextSpan[]; markStyle?: CSSProperties }) {
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
