// The strength an at-rest secret (口令) must have. Unlike the PIN, it stands between a copied data
// folder and an attacker with unlimited time, so it is judged by how many guesses it would take:
// an estimate from its length and the kinds of characters in it, with runs and sequences
// (aaaa, 1234, abcd) counted once. The estimate knows no dictionaries: docs/security.md gives the
// cost of breaking the weakest secret it accepts, and says what that means for a phrase of common words.
// Shared: main refuses a weak secret with it, and the Settings screens show the same rule as she types.

export const MIN_SECRET_CHARS = 8
export const MIN_SECRET_BITS = 60

export type SecretStrength = { ok: true; bits: number } | { ok: false; bits: number; problem: 'too-short' | 'too-guessable' }

/** Characters an attacker must try per position for each kind present (CJK: the ~2,500 common 汉字). */
const POOLS: [RegExp, number][] = [
  [/[a-z]/, 26],
  [/[A-Z]/, 26],
  [/[0-9]/, 10],
  [/[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, 33],
  [/[\u3400-\u9fff]/, 2500],
  [/[^ -~\u3400-\u9fff]/, 100],
]

export function secretStrength(secret: string): SecretStrength {
  const chars = [...secret.normalize('NFKC')]
  const pool = POOLS.reduce((sum, [kind, size]) => sum + (chars.some((c) => kind.test(c)) ? size : 0), 0)
  // A character that repeats or continues a sequence from the previous one adds almost nothing.
  const counted = chars.filter((c, i) => {
    if (i === 0) return true
    const step = c.codePointAt(0)! - chars[i - 1]!.codePointAt(0)!
    return Math.abs(step) > 1
  }).length
  const bits = Math.floor(counted * Math.log2(Math.max(pool, 1)))
  if (chars.length < MIN_SECRET_CHARS) return { ok: false, bits, problem: 'too-short' }
  if (bits < MIN_SECRET_BITS) return { ok: false, bits, problem: 'too-guessable' }
  return { ok: true, bits }
}
