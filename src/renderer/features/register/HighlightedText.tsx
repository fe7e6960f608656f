// Text with the search matches marked. Ranges come from main as offsets, so nothing from a
// note is ever rendered as HTML.
import type { TextSpan } from '../../../shared/domain/search'

export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextSpan[] }) {
  const parts: { text: string; marked: boolean }[] = []
  let at = 0
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), marked: false })
    parts.push({ text: text.slice(r.start, r.end), marked: true })
    at = r.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false })
  return (
    <>
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} style={{ background: '#ffe58f', padding: 0, borderRadius: 2 }}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  )
}
