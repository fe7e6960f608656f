// Reads the aligned pinyin of `textPinyin` back into syllables, for the highlighter to map
// a pinyin match back to the characters it was read from.

export type PinyinSyllables = {
  /** The syllables run together: 物流 → "wuliu". Full-pinyin queries match inside it. */
  full: string
  /** One letter per syllable: 物流 → "wl". */
  initials: string
  /** Where each syllable starts in `full`; a full-pinyin match must start at one of these. */
  starts: number[]
  /** Which code point of the text each syllable belongs to. */
  codePoints: number[]
}

export function pinyinSyllables(alignedPinyin: string): PinyinSyllables {
  const out: PinyinSyllables = { full: '', initials: '', starts: [], codePoints: [] }
  alignedPinyin.split(' ').forEach((token, codePoint) => {
    if (token === '') return
    out.starts.push(out.full.length)
    out.codePoints.push(codePoint)
    out.full += token
    out.initials += token[0]
  })
  return out
}
