// The part of a long reply body worth showing on one line of the list.
import type { TextSpan } from '../../../shared/domain/text-span'

/**
 * At most `max` characters of a long body: from a little before the first match, so a match
 * deep in the text is still visible; ranges are shifted and clipped.
 */
export function excerpt(text: string, ranges: readonly TextSpan[], max = 160, lead = 12): { text: string; ranges: TextSpan[] } {
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
