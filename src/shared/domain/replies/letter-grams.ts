// How often each run of two or three letters or digits occurs in a haystack. A Latin query
// that occurs nowhere still costs a full native scan, a slow one when its first letter is
// common (i in pinyin); with these counts a scan for "tuikaun" stops at once, as no pinyin
// holds "au", and the typo scan can split its pattern where both sides are rare.
// Runs holding other characters (Chinese, punctuation) are not counted: a needle made of
// those is simply scanned.
import { DOC_SEPARATOR } from './haystack-separator'

// Indexed by UTF-16 code unit, so the build loop needs no range check.
const CODE = new Int8Array(65536).fill(-1)
for (let c = 0; c < 26; c++) CODE[97 + c] = c
for (let c = 0; c < 10; c++) CODE[48 + c] = 26 + c
// The separator is counted too, so that a shortcut-prefix needle ("separator + wl") is checked.
CODE[DOC_SEPARATOR.charCodeAt(0)] = 36
const SYMBOLS = 37
const BIGRAMS = SYMBOLS * SYMBOLS

function codeAt(text: string, at: number): number {
  return CODE[text.charCodeAt(at)]!
}

export function letterGramCounts(text: string): Uint32Array {
  const counts = new Uint32Array(BIGRAMS + BIGRAMS * SYMBOLS)
  let pair = -1 // the code of the last two characters, or -1 when one was not counted
  let last = -1
  for (let i = 0; i < text.length; i++) {
    const c = CODE[text.charCodeAt(i)]!
    if (c === -1) {
      pair = last = -1
      continue
    }
    if (last !== -1) {
      if (pair !== -1) counts[BIGRAMS + pair * SYMBOLS + c]!++
      pair = last * SYMBOLS + c
      counts[pair]!++
    }
    last = c
  }
  return counts
}

/**
 * At least as many as the occurrences of `needle` in the counted text: the count of its
 * rarest letter run, or Infinity when it holds none that was counted.
 */
export function occurrencesAtMost(counts: Uint32Array, needle: string): number {
  let most = Infinity
  let a = -1
  let b = -1
  for (let i = 0; i < needle.length && most > 0; i++) {
    const c = codeAt(needle, i)
    if (c !== -1 && b !== -1) {
      most = Math.min(most, counts[b * SYMBOLS + c]!)
      if (a !== -1) most = Math.min(most, counts[BIGRAMS + (a * SYMBOLS + b) * SYMBOLS + c]!)
    }
    a = b
    b = c
  }
  return most
}
