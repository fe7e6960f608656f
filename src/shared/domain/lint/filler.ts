// Finds filler interjections, which quality inspection marks down one point each: 啊, 喂 or
// 哎 (哎呀, 哎哟) standing alone at the start of the text or of a clause (喂，您好 / 哎, 这个),
// but not a sentence-final particle (好啊, 是啊) or part of a word; 呃 (or its common typo 额
// standing alone) opening a clause; a drawn-out 嗯嗯嗯; a stammered 那个那个. A plain 嗯嗯 (yes)
// and 那个 (that) are words, not filler.
import type { Span } from './spans'

export type FillerMatch = Span & { suggestion: string }

const CLAUSE_START = '(?<=^|[\\p{P}\\p{S}\\s])'
const CLAUSE_END = '(?=[\\p{P}\\p{S}\\s]|$)'
const FILLER = new RegExp(
  [
    `${CLAUSE_START}(?:[啊喂]+|哎+(?:呀|哟|呦)?|额+)${CLAUSE_END}`,
    `${CLAUSE_START}呃+`,
    '嗯{3,}',
    '(?:那个){2,}',
  ].join('|'),
  'gu',
)

export function findFiller(text: string): FillerMatch[] {
  return Array.from(text.matchAll(FILLER), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    // A call for attention becomes a greeting; a hesitation is better left out (a short
    // pause reads fine in chat); any other interjection, a friendly address.
    suggestion: m[0].startsWith('喂') ? '您好' : /^[呃额嗯那]/.test(m[0]) ? '（删去，直接说要点）' : '亲',
  }))
}
