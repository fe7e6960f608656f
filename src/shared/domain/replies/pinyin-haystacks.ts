// The pinyin haystacks of the reply index, built from each title's aligned pinyin (see
// textPinyin) in one pass: a build of 10k replies must stay within a few milliseconds.
import { haystack, type Haystack } from './haystack'

export type PinyinHaystacks = {
  /** Each title's syllables run together: 物流 → "wuliu". */
  full: Haystack
  /** 1 where a syllable starts in `full.text`: a full-pinyin match must start at one. */
  syllableStarts: Uint8Array
  /** One letter per syllable: 物流 → "wl". */
  initials: Haystack
}

const SPACE = 32

export function pinyinHaystacks(alignedPinyins: readonly string[]): PinyinHaystacks {
  const full = haystack(alignedPinyins.map((p) => p.replaceAll(' ', '')))
  const syllableStarts = new Uint8Array(full.text.length)
  const initials: string[] = []
  alignedPinyins.forEach((aligned, doc) => {
    let at = full.docStarts[doc]!
    let letters = ''
    let tokenStart = true
    for (let i = 0; i < aligned.length; i++) {
      if (aligned.charCodeAt(i) === SPACE) {
        tokenStart = true
        continue
      }
      if (tokenStart) {
        syllableStarts[at] = 1
        letters += aligned[i]
        tokenStart = false
      }
      at++
    }
    initials.push(letters)
  })
  return { full, syllableStarts, initials: haystack(initials) }
}
