// Text folding shared by the reply index, its queries and the highlighter. Case and full-width
// forms compare equal (a Chinese IME in full-width mode types ＷＬ), and a folded text keeps
// the UTF-16 length of the original, so an offset found in it is an offset in the original.

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E\u3000]/
const FULL_WIDTH_ASCII_ALL = /[\uFF01-\uFF5E\u3000]/g

function toHalfWidth(ch: string): string {
  const code = ch.charCodeAt(0)
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0)
}

export function foldForSearch(text: string): string {
  const half = FULL_WIDTH_ASCII.test(text) ? text.replace(FULL_WIDTH_ASCII_ALL, toHalfWidth) : text
  const lower = half.toLowerCase()
  if (lower.length === half.length) return lower
  // A few letters (İ) lower-case to more code units; leaving those alone keeps offsets exact.
  let out = ''
  for (const ch of half) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/**
 * The query as pinyin letters (spaces and the syllable apostrophe of xi'an dropped), or
 * undefined when it holds anything else and so cannot be pinyin. Expects a folded query.
 */
export function pinyinQuery(folded: string): string | undefined {
  const letters = folded.replace(/[\s']+/g, '')
  return /^[a-z]+$/.test(letters) ? letters : undefined
}
