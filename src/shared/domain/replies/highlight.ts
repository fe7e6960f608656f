// Where a query matched in a displayed reply, so the list can highlight it: Chinese or Latin
// substrings, and pinyin matches mapped back to the characters they were read from.
import type { ReplyDoc } from './reply-index'
import { pinyinSyllables } from './pinyin-syllables'
import { foldForSearch, pinyinQuery } from './search-fold'
import { textPinyin } from './search-keys'

/** A half-open span [start, end) of UTF-16 offsets into the displayed text. */
export type TextRange = { start: number; end: number }

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

/** Sorted, with overlapping or touching ranges joined. */
function merged(ranges: TextRange[]): TextRange[] {
  const out: TextRange[] = []
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1)
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

function substringRanges(text: string, folded: string): TextRange[] {
  return occurrences(foldForSearch(text), folded).map((start) => ({ start, end: start + folded.length }))
}

function pinyinRanges(text: string, letters: string, alignedPinyin: string | undefined): TextRange[] {
  const bounds: TextRange[] = [] // the UTF-16 span of each code point
  let at = 0
  for (const ch of text) {
    bounds.push({ start: at, end: at + ch.length })
    at += ch.length
  }
  // Stored pinyin that no longer fits the text (the text was edited) is read afresh.
  const fits = alignedPinyin !== undefined && alignedPinyin.split(' ').length === bounds.length
  const syllables = pinyinSyllables(fits ? alignedPinyin : textPinyin(text))
  const syllableAt = new Int32Array(syllables.full.length)
  syllables.starts.forEach((start, s) => syllableAt.fill(s, start, syllables.starts[s + 1]))
  const span = (first: number, last: number): TextRange => ({
    start: bounds[syllables.codePoints[first]!]!.start,
    end: bounds[syllables.codePoints[last]!]!.end,
  })
  const ranges: TextRange[] = []
  for (const at of occurrences(syllables.full, letters)) {
    const first = syllableAt[at]!
    if (syllables.starts[first] === at) ranges.push(span(first, syllableAt[at + letters.length - 1]!))
  }
  for (const first of occurrences(syllables.initials, letters)) ranges.push(span(first, first + letters.length - 1))
  return ranges
}

/**
 * The spans of `text` that `query` matches, sorted and not overlapping. A Latin query is
 * also matched as full or initial pinyin (wul and wl both mark 物流); pass the text's stored
 * `textPinyin` if there is one, or it is computed here (about 0.5 ms per 100 characters).
 */
export function highlightRanges(text: string, query: string, alignedPinyin?: string): TextRange[] {
  const folded = foldForSearch(query.trim())
  if (folded === '') return []
  const letters = pinyinQuery(folded)
  const pinyin = letters === undefined ? [] : pinyinRanges(text, letters, alignedPinyin)
  return merged([...substringRanges(text, folded), ...pinyin])
}

/**
 * Highlights for a reply in the result list, matched the way the index matches: the title
 * by text and pinyin, the body by text only.
 */
export function highlightReply(
  reply: Pick<ReplyDoc, 'title' | 'body' | 'titlePinyin'>,
  query: string,
): { title: TextRange[]; body: TextRange[] } {
  const folded = foldForSearch(query.trim())
  return {
    title: highlightRanges(reply.title, query, reply.titlePinyin),
    body: folded === '' ? [] : merged(substringRanges(reply.body, folded)),
  }
}
