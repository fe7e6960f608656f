import { describe, expect, it } from 'vitest'
import { indexFindsEverySubstring, indexMatchIsSubstring, indexTokens, parseSearchQuery, searchSnippet, termRanges } from '../../../../src/shared/domain'

describe('index tokens', () => {
  it('cuts Chinese into overlapping pairs and keeps the last character of each run', () => {
    expect(indexTokens('物流很慢')).toEqual(['物流', '流很', '很慢', '慢'])
  })

  it('never pairs characters across punctuation or spaces', () => {
    expect(indexTokens('收到货，物流很快')).toEqual(['收到', '到货', '货', '物流', '流很', '很快', '快'])
    expect(indexTokens('收到货，物流很快')).not.toContain('货物')
  })

  it('keeps Latin words and numbers whole, lower-cased, full-width folded', () => {
    expect(indexTokens('订单号 4012345678901234567 iPhone15 ＡＢＣ')).toEqual(['订单', '单号', '号', '4012345678901234567', 'iphone', '15', 'abc'])
  })
})

describe('search queries', () => {
  it('turns a 2-character word into one pair token', () => {
    expect(parseSearchQuery('物流').match).toBe('"物流"')
  })

  it('turns a longer word into a phrase of consecutive pairs', () => {
    expect(parseSearchQuery('退款申请').match).toBe('"退款 款申 申请"')
  })

  it('matches Latin words and numbers as prefixes, every term required', () => {
    expect(parseSearchQuery('顺丰 SF1234').match).toBe('"顺丰" AND "sf"* AND "1234"*')
  })

  it('treats a single character beside a longer word as a prefix of the pairs it starts', () => {
    expect(parseSearchQuery('货，物流').match).toBe('"货"* AND "物流"')
  })

  it('refuses a lone character as too vague and ignores punctuation-only input', () => {
    expect(parseSearchQuery('货')).toMatchObject({ tooShort: true, match: null })
    expect(parseSearchQuery('，。!')).toMatchObject({ tooShort: true, match: null, terms: [] })
  })

  it('drops repeated terms so the expression stays small', () => {
    expect(parseSearchQuery('物流 物流 物流').terms).toHaveLength(1)
  })
})

describe('snippets', () => {
  const terms = parseSearchQuery('物流 sf').terms

  it('marks every occurrence, Latin ones only where a word starts', () => {
    const text = '物流单号SF123，asf不算，物流'
    expect(termRanges(text, terms).map((r) => text.slice(r.start, r.end))).toEqual(['物流', 'SF', '物流'])
  })

  it('cuts a long text around the first match and moves the ranges with it', () => {
    const text = `${'开头的话'.repeat(40)}客户问物流到哪了${'后面的话'.repeat(40)}`
    const snippet = searchSnippet(text, terms, 40)
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    const [range] = snippet.ranges
    expect(snippet.text.slice(range!.start, range!.end)).toBe('物流')
  })
})

describe('when the index finds every substring match', () => {
  it('does for a query that starts with Chinese or a separator, since pairs match anywhere in a run', () => {
    expect(['退款', '订单 TB55', '单号2026', '-5566'].map(indexFindsEverySubstring)).toEqual([true, true, true, true])
  })

  it('does not for a query starting with a letter or digit (it may start mid-word), nor one too short to search', () => {
    expect(['566', 'tb77', 'ＴＢ', '货', '', '!!'].map(indexFindsEverySubstring)).toEqual([false, false, false, false, false, false])
  })
})

describe('when the index matches exactly the substring matches', () => {
  it('does for one word of 2+ Chinese characters, and not for several terms, separators, Latin or one character', () => {
    expect(['退款', '退款申请'].map(indexMatchIsSubstring)).toEqual([true, true])
    expect(['退款 到账', '订单123', '退款！', 'tb77', '货'].map(indexMatchIsSubstring)).toEqual([false, false, false, false, false])
  })
})
