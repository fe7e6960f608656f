// Where a query matched in a displayed reply, so the list can highlight it: Chinese or Latin
// substrings, and pinyin matches mapped back to the characters they were read from.
import type { ReplyDoc } from './reply-index'
import { pinyinSyllables } from './pinyin-syllables'
import { foldForSearch, pinyinQuery } from './search-fold'
import { textPinyin } from './search-keys'
import type { TextSpan } from '../text-span'


function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

/** Sorted, with overlapping or touching ranges joined. */
function merged(ranges: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = []
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1)
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

function substringRanges(text: string, folded: string): TextSpan[] {
  return occurrences(foldForSearch(text), folded).map((start) => ({ start, end: start + folded.length }))
}

/** The UTF-16 span of each code point of `text`. */
function codePointBounds(text: string): TextSpan[] {
  const bounds: TextSpan[] = []
  let at = 0
  for (const ch of text) {
    bounds.push({ start: at, end: at + ch.length })
    at += ch.length
  }
  return bounds
}

/** Stored pinyin that no longer fits the text (the text was edited since) cannot be used. */
function fits(alignedPinyin: string | undefined, bounds: readonly TextSpan[]): alignedPinyin is string {
  return alignedPinyin !== undefined && alignedPinyin.split(' ').length === bounds.length
}

function pinyinRanges(bounds: readonly TextSpan[], letters: string, alignedPinyin: string): TextSpan[] {
  const syllables = pinyinSyllables(alignedPinyin)
  const syllableAt = new Int32Array(syllables.full.length)
  syllables.starts.forEach((start, s) => syllableAt.fill(s, start, syllables.starts[s + 1]))
  const span = (first: number, last: number): TextSpan => ({
    start: bounds[syllables.codePoints[first]!]!.start,
    end: bounds[syllables.codePoints[last]!]!.end,
  })
  const ranges: TextSpan[] = []
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
export function highlightRanges(text: string, query: string, alignedPinyin?: string): TextSpan[] {
  return ranges(text, query, (bounds) => (fits(alignedPinyin, bounds) ? alignedPinyin : textPinyin(text)))
}

function ranges(text: string, query: string, pinyinOf: (bounds: readonly TextSpan[]) => string | null): TextSpan[] {
  const folded = foldForSearch(query.trim())
  if (folded === '') return []
  const letters = pinyinQuery(folded)
  let pinyin: TextSpan[] = []
  if (letters !== undefined) {
    const bounds = codePointBounds(text)
    const aligned = pinyinOf(bounds)
    if (aligned !== null) pinyin = pinyinRanges(bounds, letters, aligned)
  }
  return merged([...substringRanges(text, folded), ...pinyin])
}

/**
 * Highlights for a reply in the result list, matched the way the index matches: the title
 * by text and pinyin, the body by text only.
 */
export function highlightReply(
  reply: Pick<ReplyDoc, 'title' | 'body' | 'titlePinyin'>,
  query: string,
): { title: TextSpan[]; body: TextSpan[] } {
  return replyMarks(reply, query, highlightRanges(reply.title, query, reply.titlePinyin))
}

/**
 * `highlightReply` for a reply as main stores it, with its title's pinyin: what the renderer
 * uses, so pinyin-pro never reaches its first screen. Stored pinyin always fits a stored title.
 */
export function highlightStoredReply(reply: Pick<ReplyDoc, 'title' | 'body'> & { titlePinyin: string }, query: string): { title: TextSpan[]; body: TextSpan[] } {
  const title = ranges(reply.title, query, (bounds) => (fits(reply.titlePinyin, bounds) ? reply.titlePinyin : null))
  return replyMarks(reply, query, title)
}

function replyMarks(reply: Pick<ReplyDoc, 'body'>, query: string, title: TextSpan[]): { title: TextSpan[]; body: TextSpan[] } {
  const folded = foldForSearch(query.trim())
  return { title, body: folded === '' ? [] : merged(substringRanges(reply.body, folded)) }
}
