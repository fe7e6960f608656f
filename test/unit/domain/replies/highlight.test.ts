import { describe, expect, it } from 'vitest'
import { highlightRanges, highlightReply, highlightStoredReply, replySearchKeys } from '../../../../src/shared/domain/replies'

const marked = (text: string, query: string, pinyin?: string) =>
  highlightRanges(text, query, pinyin).map((r) => text.slice(r.start, r.end))

describe('highlight ranges', () => {
  it('marks every Chinese or Latin occurrence, ignoring case', () => {
    expect(highlightRanges('物流查询，物流', '物流')).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 7 },
    ])
    expect(marked('VIP 会员 vip', 'Vip')).toEqual(['VIP', 'vip'])
  })

  it('maps full, partial and initial pinyin back to whole characters', () => {
    expect(highlightRanges('查询物流信息', 'wuliu')).toEqual([{ start: 2, end: 4 }])
    expect(marked('查询物流信息', 'wul')).toEqual(['物流'])
    expect(marked('查询物流信息', 'wl')).toEqual(['物流'])
    expect(marked('查询物流信息', 'cx')).toEqual(['查询'])
  })

  it('counts UTF-16 offsets past emoji and covers what lies between the syllables', () => {
    expect(highlightRanges('😀物流', 'wuliu')).toEqual([{ start: 2, end: 4 }])
    expect(marked('物 流', 'wuliu')).toEqual(['物 流'])
  })

  it('does not mark a pinyin match that starts inside a syllable', () => {
    expect(highlightRanges('物流', 'uliu')).toEqual([])
  })

  it('uses stored pinyin, and reads the text afresh when the stored pinyin no longer fits it', () => {
    expect(marked('物流', 'qita', 'qi ta')).toEqual(['物流'])
    expect(marked('退款物流', 'wuliu', replySearchKeys({ title: '物流' }).titlePinyin)).toEqual(['物流'])
  })

  it('marks nothing for a blank query', () => {
    expect(highlightRanges('物流', '  ')).toEqual([])
  })

  it('highlights a reply the way the index matches it: pinyin in the title only', () => {
    const reply = { title: '物流查询', body: '物流信息请查收，物流' }
    expect(highlightReply(reply, 'wl')).toEqual({ title: [{ start: 0, end: 2 }], body: [] })
    expect(highlightReply(reply, '物流').body).toEqual([
      { start: 0, end: 2 },
      { start: 8, end: 10 },
    ])
  })

  it('highlights a stored reply by its stored pinyin, the same as computing it, and only by text when the pinyin is stale', () => {
    const reply = { title: '物流查询', body: '物流信息请查收', ...replySearchKeys({ title: '物流查询' }) }
    expect(highlightStoredReply(reply, 'wl')).toEqual(highlightReply(reply, 'wl'))
    expect(highlightStoredReply(reply, 'wuliu').title).toEqual([{ start: 0, end: 2 }])
    // Pinyin saved for another title (three characters, not four) is not used to mark this one.
    const stale = { ...reply, titlePinyin: replySearchKeys({ title: '运费险' }).titlePinyin }
    expect(highlightStoredReply(stale, 'wl').title).toEqual([])
    expect(highlightStoredReply(stale, '物流').title).toEqual([{ start: 0, end: 2 }])
  })
})
