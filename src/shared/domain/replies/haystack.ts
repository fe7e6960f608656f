// One field of every reply, joined into a single string: a native substring search over it
// checks all replies at once, far faster than a loop over thousands of short strings.

import { DOC_SEPARATOR } from './haystack-separator'
import { letterGramCounts, occurrencesAtMost } from './letter-grams'

export { DOC_SEPARATOR }

export type Haystack = {
  text: string
  /** Where each document begins in `text`. */
  docStarts: Int32Array
  /** See letter-grams.ts. */
  gramCounts: Uint32Array
}

/**
 * A scan reports matching documents in document order to `keep`, and stops when `keep`
 * returns false or on reaching a document after `lastDoc` (no later one is wanted).
 */
export type Scan = (keep: (doc: number) => boolean, lastDoc: number) => void

export function haystack(parts: readonly string[]): Haystack {
  const docStarts = new Int32Array(parts.length)
  let at = 0
  parts.forEach((part, doc) => {
    docStarts[doc] = at
    at += part.length + DOC_SEPARATOR.length
  })
  const text = parts.join(DOC_SEPARATOR)
  return { text, docStarts, gramCounts: letterGramCounts(text) }
}

/** The document holding position `at`: the last one starting at or before it. */
export function docAt(hay: Haystack, at: number): number {
  let lo = 0
  let hi = hay.docStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (hay.docStarts[mid]! <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Where document `doc` ends (exclusive). */
export function docEnd(hay: Haystack, doc: number): number {
  const next = hay.docStarts[doc + 1]
  return next === undefined ? hay.text.length : next - DOC_SEPARATOR.length
}

/**
 * Reports each document containing `needle`. With `starts`, only occurrences beginning at a
 * position marked 1 count (a pinyin syllable start).
 */
export function substringScan(hay: Haystack, needle: string, starts?: Uint8Array): Scan {
  if (occurrencesAtMost(hay.gramCounts, needle) === 0) return () => {}
  return (keep, lastDoc) => {
    let from = 0
    for (;;) {
      const at = hay.text.indexOf(needle, from)
      if (at === -1) return
      if (starts !== undefined && starts[at] !== 1) {
        from = at + 1
        continue
      }
      const doc = docAt(hay, at)
      if (doc > lastDoc || !keep(doc)) return
      from = docEnd(hay, doc) + DOC_SEPARATOR.length
    }
  }
}
