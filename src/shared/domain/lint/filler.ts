// Finds filler interjections, which quality inspection marks down one point each: 啊, 喂 or
// 哎 (哎呀, 哎哟) standing alone at the start of the text or of a clause (喂，您好 / 哎, 这个),
// but not a sentence-final particle (好啊, 是啊) or part of a word.
import type { Span } from './spans'

export type FillerMatch = Span & { suggestion: string }

const FILLER = /(?<=^|[\p{P}\p{S}\s])(?:[啊喂]+|哎+(?:呀|哟|呦)?)(?=[\p{P}\p{S}\s]|$)/gu

export function findFiller(text: string): FillerMatch[] {
  return Array.from(text.matchAll(FILLER), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    // A call for attention becomes a greeting; any other interjection, a friendly address.
    suggestion: m[0].startsWith('喂') ? '您好' : '亲',
  }))
}
