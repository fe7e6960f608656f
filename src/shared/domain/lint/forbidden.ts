// Finds forbidden phrases however they are typed: spaces, punctuation or emoji between the
// characters (急 什 么, 急，什么), the polite 您 for 你, softening words slipped in (我们也不清楚,
// 没有办法) and a dropped sentence particle (就这样，我挂了) still match, and the span covers
// everything in between.
import { EXTRA_PHRASE_SUGGESTION, FORBIDDEN_PHRASES } from './forbidden-phrases'
import { longestFirst, type Span } from './spans'

export type ForbiddenMatch = Span & { suggestion: string }

// Characters that do not count when comparing: agents and customers space and punctuate freely.
const IGNORED = /^[\p{P}\p{S}\p{Z}\p{C}\p{M}\s]$/u

// Variants that mean the same to a customer, mapped to the form the dictionary uses.
const SAME_AS: Readonly<Record<string, string>> = {
  您: '你',
  嘛: '吗',
  和: '跟',
  啥: '什么',
  咋: '怎么',
}

// Softeners an agent may slip between a phrase's characters without changing what it says,
// up to two in a row (我们都不知道).
const SOFTENERS = '们也都真又就还太一有儿'

// Sentence particles a phrase still says the same without (就这样吧 / 就这样).
const PARTICLES = '吧吗啊呢'

// Phrases of one or two characters would match far too much with a softener inside.
const MIN_SOFTENED_LENGTH = 3

type Skeleton = { text: string; starts: number[]; ends: number[] }

/** The text without ignored characters and with variants unified, mapped back to the original. */
function skeleton(text: string): Skeleton {
  const out: Skeleton = { text: '', starts: [], ends: [] }
  let at = 0
  for (const ch of text) {
    const end = at + ch.length
    if (!IGNORED.test(ch)) {
      const unified = SAME_AS[ch] ?? ch.toLowerCase()
      out.text += unified
      for (let i = 0; i < unified.length; i++) {
        out.starts.push(at)
        out.ends.push(end)
      }
    }
    at = end
  }
  return out
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

type CompiledPhrase = { pattern: RegExp; suggestion: string }

function compile(phrase: string, suggestion: string): CompiledPhrase | undefined {
  const chars = Array.from(skeleton(phrase).text)
  if (chars.length === 0) return undefined
  if (chars.length < MIN_SOFTENED_LENGTH) return { pattern: new RegExp(chars.map(escapeRegExp).join(''), 'gu'), suggestion }
  const parts = chars.map((c, i) => (i > 0 && PARTICLES.includes(c) ? `(?:${c})?` : escapeRegExp(c)))
  return { pattern: new RegExp(parts.join(`[${SOFTENERS}]{0,2}`), 'gu'), suggestion }
}

const BUILT_IN = FORBIDDEN_PHRASES.map((p) => compile(p.phrase, p.suggestion)).filter((p) => p !== undefined)

export function findForbidden(text: string, extraPhrases: readonly string[] = []): ForbiddenMatch[] {
  const extra = extraPhrases.map((p) => compile(p, EXTRA_PHRASE_SUGGESTION)).filter((p) => p !== undefined)
  const sk = skeleton(text)
  const candidates: ForbiddenMatch[] = []
  for (const { pattern, suggestion } of [...BUILT_IN, ...extra]) {
    for (const m of sk.text.matchAll(pattern)) {
      candidates.push({ start: sk.starts[m.index]!, end: sk.ends[m.index + m[0].length - 1]!, suggestion })
    }
  }
  return longestFirst(candidates)
}
