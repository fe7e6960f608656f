// The index words of a profile that seals its notebooks (a personal passphrase, issue 16 1.2).
// Main stores each word only as a keyed hash, and a hash matches a whole token, never a prefix;
// so every query the plain index answers with a prefix is answered here by indexing that prefix
// itself: each character of a Chinese run besides its pairs, and each leading part of a word or
// number (up to SEALED_PREFIX_CAP characters), so the first digits of an order number still find it.
import type { QueryTerm } from './query'
import { textRuns } from './tokens'

/**
 * Starts every hashed index token: a private-use character, which FTS5's ascii tokenizer keeps
 * inside a token and no plain word contains (its runs hold only letters, digits and CJK), so the
 * two vocabularies stay apart: a plain prefix query such as "hb"* never matches a hash ("hb3f…").
 */
export const SEALED_TOKEN_MARK = '\uE000'

/** The one index token of a sealed note whose words wait for its profile's key (salvaged after damage while it was closed). */
export const AWAITING_WORDS_TOKEN = `${SEALED_TOKEN_MARK}awaiting`

/** Words and numbers longer than this are indexed and looked up by their first this-many characters. */
export const SEALED_PREFIX_CAP = 24

function pairs(chars: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  return out
}

/** The leading parts of a word a prefix query may ask for, shortest first. */
function prefixes(word: string): string[] {
  const chars = [...word].slice(0, SEALED_PREFIX_CAP)
  return chars.map((_, i) => chars.slice(0, i + 1).join(''))
}

/**
 * Title and body as the words to hash, in order. A Chinese run gives its pairs in a row (a
 * phrase query needs them adjacent), then each of its characters; a word gives its prefixes.
 */
export function sealedIndexWords(title: string, body: string): string[] {
  return textRuns(`${title}\n${body}`).flatMap((run) => {
    if (run.kind !== 'cjk') return prefixes(run.text)
    const chars = [...run.text]
    return [...pairs(chars), ...chars]
  })
}

/** The FTS5 expression for parsed query terms against hashed words; `hash` turns a word into its index token. */
export function sealedMatch(terms: readonly QueryTerm[], hash: (word: string) => string): string {
  return terms
    .map((term) => {
      const chars = [...term.text]
      if (term.kind === 'cjk' && chars.length >= 2) return `"${pairs(chars).map(hash).join(' ')}"`
      return `"${hash(chars.slice(0, SEALED_PREFIX_CAP).join(''))}"`
    })
    .join(' AND ')
}
