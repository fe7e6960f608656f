// Spans of a reply that a lint rule flagged, and how overlapping ones are settled.

/** A half-open span [start, end) of UTF-16 offsets into the linted text. */
export type Span = { start: number; end: number }

/**
 * Keeps the longest of overlapping candidates (the earlier one when equally long), so a
 * phrase inside a longer one is reported once, as the longer one. Sorted by start.
 */
export function longestFirst<T extends Span>(candidates: readonly T[]): T[] {
  const kept: T[] = []
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  for (const c of byLength) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * Joins overlapping candidates into one span (keeping the first one's other fields), so
 * "加QQ" and "QQ:12345678" in 加QQ:12345678 are one finding. Sorted by start.
 */
export function joinOverlapping<T extends Span>(candidates: readonly T[]): T[] {
  const joined: T[] = []
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const last = joined.at(-1)
    if (last !== undefined && c.start < last.end) last.end = Math.max(last.end, c.end)
    else joined.push({ ...c })
  }
  return joined
}
