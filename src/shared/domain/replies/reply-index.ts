// The in-memory quick-reply index: answers a query on every keystroke, by shortcut code,
// Chinese or Latin substring, full or partial pinyin and pinyin initials, forgiving a typo
// when little else matches. Pinyin comes precomputed (see search-keys.ts), so a search is
// a few native substring scans over one haystack per field (see haystack.ts).
import { foldForSearch, pinyinQuery } from './search-fold'
import { textPinyin } from './search-keys'
import { pinyinHaystacks } from './pinyin-haystacks'
import { DOC_SEPARATOR, haystack, substringScan, type Scan } from './haystack'
import { MAX_TYPO_PATTERN, oneTypoScans } from './typo-scan'

export type ReplyDoc = {
  id: string
  title: string
  body: string
  shortcut?: string
  category?: string
  /** How often the agent sent it: ranks replies that match equally well. */
  uses?: number
  /** When it was last sent (epoch ms): breaks ties between equally used replies. */
  lastUsedAt?: number
  /** Precomputed `textPinyin(title)` (see replySearchKeys); computed here when missing. */
  titlePinyin?: string
}

export type ReplySearchHit = { id: string; score: number }

export type ReplyIndex = {
  /** Best first; an empty query gives no hits. `limit` defaults to DEFAULT_REPLY_SEARCH_LIMIT. */
  search(query: string, limit?: number): ReplySearchHit[]
}

export const DEFAULT_REPLY_SEARCH_LIMIT = 20

// Match classes, best first. The score is the class plus a bonus below 1 for usage, so a
// better class always outranks a worse one whatever the usage.
const EXACT_SHORTCUT = 4
const TITLE = 3 // title text or pinyin, or the start of a shortcut
const BODY = 2
const TYPO = 1 // title or shortcut with one typo

// Queries shorter than this are too ambiguous to forgive a typo in.
const MIN_TYPO_QUERY = 4

function usageBonus(uses: number): number {
  const l = Math.log1p(Math.max(0, uses))
  return l / (1 + l)
}

/** Replies by usage, then recency, then their given order: the order hits come out in. */
function rankOrder<D extends ReplyDoc>(replies: readonly D[]): D[] {
  return replies
    .map((reply, given) => ({ reply, given }))
    .sort(
      (a, b) =>
        (b.reply.uses ?? 0) - (a.reply.uses ?? 0) ||
        (b.reply.lastUsedAt ?? 0) - (a.reply.lastUsedAt ?? 0) ||
        a.given - b.given,
    )
    .map((r) => r.reply)
}

/**
 * The index of replies whose titles carry their stored pinyin. The renderer builds it this way
 * (main keeps `titlePinyin` beside every reply), so pinyin-pro never reaches its first screen.
 */
export function buildReplyIndexFromStored(replies: readonly (ReplyDoc & { titlePinyin: string })[]): ReplyIndex {
  return indexOf(replies, (d) => d.titlePinyin)
}

export function buildReplyIndex(replies: readonly ReplyDoc[]): ReplyIndex {
  return indexOf(replies, (d) => d.titlePinyin ?? textPinyin(d.title))
}

function indexOf<D extends ReplyDoc>(replies: readonly D[], titlePinyin: (doc: D) => string): ReplyIndex {
  // Documents are laid out in rank order, so the first hits of any scan are its best ones
  // and a scan can stop as soon as it has enough.
  const docs = rankOrder(replies)
  const shortcuts = docs.map((d) => foldForSearch(d.shortcut ?? ''))
  const exactShortcut = new Map<string, number[]>()
  shortcuts.forEach((s, doc) => {
    if (s === '') return
    const same = exactShortcut.get(s)
    if (same === undefined) exactShortcut.set(s, [doc])
    else same.push(doc)
  })
  const shortcutHay = haystack(shortcuts)
  // Each shortcut led by a separator, so that "separator + query" finds shortcut prefixes.
  const shortcutPrefixHay = haystack(shortcuts.map((s) => DOC_SEPARATOR + s))
  const titleHay = haystack(docs.map((d) => foldForSearch(d.title)))
  const bodyHay = haystack(docs.map((d) => foldForSearch(d.body)))

  const {
    full: pinyinHay,
    initials: initialsHay,
    syllableStarts,
  } = pinyinHaystacks(docs.map(titlePinyin))

  function search(query: string, limit = DEFAULT_REPLY_SEARCH_LIMIT): ReplySearchHit[] {
    const text = foldForSearch(query.trim())
    if (text === '' || limit <= 0) return []
    const letters = pinyinQuery(text)
    const classOf = new Map<number, number>()
    const hits: ReplySearchHit[] = []

    // Runs the scans of one match class. Each scan keeps at most `wanted` documents new to
    // this class (its best ones, given the rank-ordered layout); of their union the best
    // `wanted` are the class's share of the answer.
    function matchClass(cls: number, scans: Scan[]): void {
      const wanted = limit - hits.length
      const found: number[] = []
      // Once `wanted` documents are found, none past the last of the best `wanted` can enter
      // the answer, so later scans stop there instead of running to their end.
      let bound = Infinity
      for (const scan of scans) {
        let kept = 0
        scan((doc) => {
          const known = classOf.get(doc)
          if (known === undefined) {
            classOf.set(doc, cls)
            found.push(doc)
          } else if (known !== cls) return true
          kept++
          return kept < wanted
        }, bound)
        if (found.length >= wanted) {
          found.sort((a, b) => a - b)
          bound = found[wanted - 1]!
        }
      }
      found.sort((a, b) => a - b)
      for (const doc of found.slice(0, wanted)) {
        const reply = docs[doc]!
        hits.push({ id: reply.id, score: cls + usageBonus(reply.uses ?? 0) })
      }
    }

    const shortcut = text.replace(/\s+/g, '')
    matchClass(EXACT_SHORTCUT, [
      (keep) => {
        for (const doc of exactShortcut.get(shortcut) ?? []) if (!keep(doc)) return
      },
    ])
    if (hits.length >= limit) return hits
    const titleScans = [substringScan(titleHay, text)]
    if (letters !== undefined) titleScans.push(substringScan(pinyinHay, letters, syllableStarts), substringScan(initialsHay, letters))
    if (/^[a-z0-9]+$/.test(shortcut)) titleScans.push(substringScan(shortcutPrefixHay, DOC_SEPARATOR + shortcut))
    matchClass(TITLE, titleScans)
    if (hits.length >= limit) return hits
    matchClass(BODY, [substringScan(bodyHay, text)])
    if (hits.length >= limit) return hits
    const typoScans: Scan[] = []
    if (text.length >= MIN_TYPO_QUERY && text.length <= MAX_TYPO_PATTERN && /^[\x20-\x7e]+$/.test(text)) {
      typoScans.push(...oneTypoScans(titleHay, text))
    }
    if (shortcut.length >= MIN_TYPO_QUERY && shortcut.length <= MAX_TYPO_PATTERN && /^[a-z0-9]+$/.test(shortcut)) {
      typoScans.push(...oneTypoScans(shortcutHay, shortcut))
    }
    if (letters !== undefined && letters.length >= MIN_TYPO_QUERY && letters.length <= MAX_TYPO_PATTERN) {
      typoScans.push(...oneTypoScans(pinyinHay, letters, syllableStarts))
    }
    matchClass(TYPO, typoScans)
    return hits
  }

  return { search }
}
