import { describe, expect, it } from 'vitest'
import { parseSearchQuery, SEALED_PREFIX_CAP, sealedIndexWords, sealedMatch } from '../../../../src/shared/domain'

const tag = (word: string) => `<${word}>`

describe('a sealing profile’s index words', () => {
  it('gives a Chinese run its pairs in a row, then each character, so phrases and lone characters both match whole tokens', () => {
    expect(sealedIndexWords('物流很慢', '')).toEqual(['物流', '流很', '很慢', '物', '流', '很', '慢'])
  })

  it('gives a word or number every leading part, so the first digits of an order number still find it', () => {
    expect(sealedIndexWords('SF12', '')).toEqual(['s', 'sf', '1', '12'])
    const long = sealedIndexWords('', '1'.repeat(40))
    expect(long).toHaveLength(SEALED_PREFIX_CAP)
    expect(long.at(-1)).toBe('1'.repeat(SEALED_PREFIX_CAP))
  })

  it('never pairs the title with the body', () => {
    expect(sealedIndexWords('退款', '申请')).not.toContain('款申')
  })
})

describe('a sealing profile’s query', () => {
  it('asks for whole hashed tokens: a phrase of pairs, a lone character, a word’s leading part', () => {
    expect(sealedMatch(parseSearchQuery('退款申请 慢 SF1234').terms, tag)).toBe('"<退款> <款申> <申请>" AND "<慢>" AND "<sf>" AND "<1234>"')
  })

  it('looks a word longer than the cap up by its first characters', () => {
    expect(sealedMatch(parseSearchQuery('2'.repeat(30)).terms, tag)).toBe(`"<${'2'.repeat(SEALED_PREFIX_CAP)}>"`)
  })
})
