import { describe, expect, it } from 'vitest'
import { haystack, substringScan, type Scan } from '../../../../src/shared/domain/replies/haystack'
import { oneTypoScans } from '../../../../src/shared/domain/replies/typo-scan'

// Pinyin-like texts: letter runs such as "au" never occur in them, which is what lets a scan
// skip a needle or split a typo pattern unevenly. The scans must still find exactly what a
// plain search finds.
const SYLLABLES = ['wu', 'liu', 'tui', 'kuan', 'lou', 'fa', 'huo', 'shou', 'ji', 'ke', '12', '物', ' ']

function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31
    return s / 2 ** 31
  }
}

function texts(count: number, next: () => number): string[] {
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''))
}

/** Every document the scans report, merged as the index merges them, with no early stop. */
function reported(scans: Scan[]): number[] {
  const docs = new Set<number>()
  for (const scan of scans) scan((doc) => docs.add(doc) !== undefined, Infinity)
  return [...docs].sort((a, b) => a - b)
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i)
}

/**
 * Whether some part of `text` is `pattern` with one typo. A missing first letter is not
 * forgiven ("uliu" must not find wuliu: pinyin matches begin at a syllable), so a part that is
 * only the pattern without its first letter does not count.
 */
function holdsWithOneTypo(text: string, pattern: string): boolean {
  const headless = pattern[0] === pattern[1] ? undefined : pattern.slice(1)
  for (let from = 0; from < text.length; from++) {
    for (let len = pattern.length - 1; len <= pattern.length + 1; len++) {
      const part = text.slice(from, from + len)
      if (from + len <= text.length && part !== headless && withinOneEdit(part, pattern)) return true
    }
  }
  return false
}

/** Patterns close to the texts: syllables run together, some with a letter swapped, dropped or doubled. */
function patterns(next: () => number): string[] {
  const out: string[] = []
  for (let i = 0; i < 120; i++) {
    const base = Array.from({ length: 2 + Math.floor(next() * 2) }, () => SYLLABLES[Math.floor(next() * 10)]).join('')
    const at = Math.floor(next() * base.length)
    const letter = 'abcdeiklnoaustuwz'[Math.floor(next() * 17)]!
    const variants = [base, base.slice(0, at) + letter + base.slice(at + 1), base.slice(0, at) + base.slice(at + 1), base.slice(0, at) + letter + base.slice(at)]
    out.push(variants[Math.floor(next() * variants.length)]!)
  }
  return out
}

describe('haystack scans', () => {
  const next = random(7)
  const docs = texts(300, next)
  const hay = haystack(docs)

  it('report exactly the documents holding the needle, including needles made of runs found nowhere', () => {
    for (const needle of [...patterns(next), 'au', 'kaun', 'tuikaun', 'u1', '物wu', ' l', 'wuliu']) {
      const expected = docs.flatMap((d, i) => (d.includes(needle) ? [i] : []))
      expect(reported([substringScan(hay, needle)]), needle).toEqual(expected)
    }
  })

  it('stop at the last document asked for', () => {
    const seen: number[] = []
    substringScan(hay, 'wu')((doc) => seen.push(doc) > 0, 40)
    expect(seen.length).toBeGreaterThan(0)
    expect(Math.max(...seen)).toBeLessThanOrEqual(40)
    expect(seen).toEqual(docs.slice(0, 41).flatMap((d, i) => (d.includes('wu') ? [i] : [])))
  })
})

describe('typo scans', () => {
  it('report exactly the documents holding the pattern with at most one typo, wherever they split it', () => {
    const next = random(11)
    const docs = texts(300, next)
    const hay = haystack(docs)
    let matched = 0
    for (const pattern of patterns(next).filter((p) => p.length >= 4 && /^[a-z0-9]+$/.test(p))) {
      const expected = docs.flatMap((d, i) => (holdsWithOneTypo(d, pattern) ? [i] : []))
      matched += expected.length
      expect(reported(oneTypoScans(hay, pattern)), pattern).toEqual(expected)
    }
    expect(matched).toBeGreaterThan(100)
  })
})
