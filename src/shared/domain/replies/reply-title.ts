// Qianniu's phrase model has no title (group, code, content), so an imported phrase without one
// is named after what it says: the first clause that carries meaning, not the greeting.
const CLAUSE_END = /[，。！？；,.!?;~～\n…]+/
const GREETING = /^(亲+|亲爱的|您好|你好|在的|在呢|嗯+|哈喽|hi|hello|宝|宝宝|亲亲)$/i
/** In display units: a Chinese character counts two, a Latin letter one (20 characters of Chinese). */
export const DERIVED_TITLE_WIDTH = 40

export function titleFromBody(body: string): string {
  const clauses = body
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter((c) => c !== '')
  const meaningful = clauses.find((c) => !GREETING.test(c)) ?? clauses[0] ?? ''
  let width = 0
  let title = ''
  for (const ch of meaningful) {
    width += ch.charCodeAt(0) < 0x2e80 ? 1 : 2
    if (width > DERIVED_TITLE_WIDTH) return title + '…'
    title += ch
  }
  return title
}
