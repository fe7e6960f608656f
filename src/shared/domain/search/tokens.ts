// Turns notebook text into the tokens the full-text index stores, and a query into the same
// tokens. SQLite's own tokenizers cannot find 2-character Chinese words (trigram needs 3,
// unicode61 keeps a whole run of Chinese as one token), so Chinese is cut into overlapping
// character pairs (bigrams) here; a query's pairs must then appear next to each other.
import { foldForSearch } from '../replies/search-fold'

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const DIGIT = /\p{N}/u
const LETTER = /\p{L}/u

export type RunKind = 'cjk' | 'letters' | 'digits'
/** A stretch of one kind of character; anything else (spaces, punctuation) separates runs. */
export type TextRun = { kind: RunKind; text: string }

/** Which run a character belongs to; null for separators. */
export function charKind(ch: string): RunKind | null {
  // Fast paths for ASCII and the common Han block: indexing a million notes calls this per character.
  const code = ch.codePointAt(0)!
  if (code < 0x80) {
    if (code >= 0x30 && code <= 0x39) return 'digits'
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 'letters' : null
  }
  if (code >= 0x4e00 && code <= 0x9fff) return 'cjk'
  if (CJK.test(ch)) return 'cjk'
  if (DIGIT.test(ch)) return 'digits'
  if (LETTER.test(ch)) return 'letters'
  return null
}

/** The runs of `text` after folding case and full-width forms (ＡＢ１ = ab1). */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = []
  let current: TextRun | null = null
  for (const ch of foldForSearch(text.normalize('NFC'))) {
    const kind = charKind(ch)
    if (kind === null) {
      current = null
      continue
    }
    if (current && current.kind === kind) current.text += ch
    else {
      current = { kind, text: ch }
      runs.push(current)
    }
  }
  return runs
}

/**
 * A Chinese run's index tokens: every adjacent pair, then its last character alone. The last
 * character lets a 1-character query term (`货*`) reach characters that end a run, because a
 * prefix search on 货 finds both the pairs starting with 货 and the lone 货.
 */
function cjkTokens(run: string): string[] {
  const chars = [...run]
  const tokens: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!)
  tokens.push(chars.at(-1)!)
  return tokens
}

/** The tokens of `text`, in order, for the index's single column (space separated). */
export function indexTokens(text: string): string[] {
  return textRuns(text).flatMap((run) => (run.kind === 'cjk' ? cjkTokens(run.text) : [run.text]))
}

/** Title and body as one token string; a line break keeps pairs from bridging the two. */
export function indexText(title: string, body: string): string {
  return indexTokens(`${title}\n${body}`).join(' ')
}
