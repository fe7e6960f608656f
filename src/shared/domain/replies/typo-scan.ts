// Typo-tolerant matching for the reply index: a document matches when it holds the pattern
// with at most one wrong, missing or extra character. Such a match contains one side of a
// split of the pattern unchanged, so a native substring search for each side finds the candidate
// spots, and only those are checked, by the bit-parallel method of Wu and Manber.
import { docAt, docEnd, DOC_SEPARATOR, type Haystack, type Scan } from './haystack'
import { occurrencesAtMost } from './letter-grams'

/** Bit-parallel state fits in a 32-bit integer: longer patterns are not searched with typos. */
export const MAX_TYPO_PATTERN = 31

// Patterns are printable ASCII (see oneTypoScans), so a 128-entry table holds their masks.
type Pattern = { masks: Int32Array; accept: number }

function compile(pattern: string): Pattern {
  const masks = new Int32Array(128)
  for (let i = 0; i < pattern.length; i++) masks[pattern.charCodeAt(i)]! |= 1 << i
  return { masks, accept: 1 << (pattern.length - 1) }
}

/** Whether text[from, to) holds the pattern with at most one typo, beginning where `starts` allows. */
function holdsWithOneTypo(text: string, from: number, to: number, p: Pattern, starts?: Uint8Array): boolean {
  let exact = 0 // bit i: pattern[0..i] ends here with no error
  let oneTypo = 0 // bit i: pattern[0..i] ends here with at most one error
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    const mask = code < 128 ? p.masks[code]! : 0
    const begin = starts === undefined || starts[at] === 1 ? 1 : 0
    const nextExact = ((exact << 1) | begin) & mask
    oneTypo =
      (((oneTypo << 1) | begin) & mask) | // this character matches, the typo came earlier
      (exact << 1) | begin | // this character is the wrong one
      exact | // this character is an extra one
      (nextExact << 1) // the next pattern character is missing from the text
    exact = nextExact
    if ((oneTypo & p.accept) !== 0) return true
  }
  return false
}

/**
 * Scans (one per side of a split of `pattern`, to be merged by the caller) reporting the documents
 * that hold `pattern` with at most one typo. `pattern` must be printable ASCII, 2 to
 * MAX_TYPO_PATTERN long. With `starts`, a match may only begin at a position marked 1.
 */
export function oneTypoScans(hay: Haystack, pattern: string, starts?: Uint8Array): Scan[] {
  const compiled = compile(pattern)
  // Any split works: one edit leaves one side unchanged. Every spot where either side
  // occurs must be checked, so split where the two sides occur least (a side found nowhere
  // is not scanned at all); the middle, when nothing is known.
  const middle = pattern.length >> 1
  let half = middle
  let fewest = Infinity
  for (let at = 1; at < pattern.length; at++) {
    const spots = occurrencesAtMost(hay.gramCounts, pattern.slice(0, at)) + occurrencesAtMost(hay.gramCounts, pattern.slice(at))
    if (spots < fewest || (spots === fewest && Math.abs(at - middle) < Math.abs(half - middle))) {
      fewest = spots
      half = at
    }
  }
  const pieces = [
    { text: pattern.slice(0, half), offset: 0 },
    { text: pattern.slice(half), offset: half },
  ].filter((piece) => occurrencesAtMost(hay.gramCounts, piece.text) > 0)
  return pieces.map((piece) => (keep, lastDoc) => {
    let from = 0
    for (;;) {
      const at = hay.text.indexOf(piece.text, from)
      if (at === -1) return
      // An unchanged first side is where the match begins.
      if (piece.offset === 0 && starts !== undefined && starts[at] !== 1) {
        from = at + 1
        continue
      }
      const doc = docAt(hay, at)
      if (doc > lastDoc) return
      const end = docEnd(hay, doc)
      // The pattern starts within one character of where this unchanged side puts it.
      const windowStart = Math.max(hay.docStarts[doc]!, at - piece.offset - 1)
      const windowEnd = Math.min(end, at - piece.offset + pattern.length + 2)
      if (!holdsWithOneTypo(hay.text, windowStart, windowEnd, compiled, starts)) {
        from = at + 1
        continue
      }
      if (!keep(doc)) return
      from = end + DOC_SEPARATOR.length
    }
  })
}
